package dev.newswire.app.cli;

import dev.newswire.app.broker.EmbeddedKafkaBroker;
import dev.newswire.app.run.EnrichRun;
import dev.newswire.app.run.IngestRun;
import dev.newswire.app.run.KnowledgeBase;
import dev.newswire.app.run.KafkaProperties;
import dev.newswire.app.run.OutputWatcher;
import dev.newswire.app.view.AvroJsonView;
import dev.newswire.app.view.ReadableSummary;
import dev.newswire.enrich.EnrichApp;
import dev.newswire.enrich.ner.CrfNerEngine;
import dev.newswire.ingest.IngestSummary;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newswire demo}: the whole pipeline in one process on an embedded broker. Starts a KRaft
 * broker in a temp dir, starts enrich, ingests the samples (or the given paths), prints each enriched
 * article as it comes out, and exits 0 once every ingested article has come out.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the whole pipeline on an embedded Kafka broker over samples/ (or the given paths).")
public final class DemoCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to ingest (default: samples/).")
  List<String> paths;

  @Option(names = "--json-out", paramLabel = "FILE", description = "Also write the JSON view of each enriched article, one per line.")
  Path jsonOut;

  @Option(names = "--html-out", paramLabel = "FILE",
      description = "Also write one self-contained HTML page: each article with its entities highlighted, links, related articles.")
  Path htmlOut;

  @Option(names = "--timeout", paramLabel = "SEC", defaultValue = "300",
      description = "Give up when the articles have not all come out after SEC seconds (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<String> inputs = paths == null || paths.isEmpty() ? List.of(defaultSamples().toString()) : paths;
    Optional<String> problem = PathArguments.firstProblem(inputs);
    if (problem.isPresent()) {
      spec.commandLine().getErr().println("newswire demo: " + problem.get());
      return PathArguments.USAGE_ERROR;
    }
    out.println("newswire demo: starting an embedded Kafka broker ...");
    out.flush();
    Path stateDir = Files.createTempDirectory("newswire-demo-state");
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start()) {
      Properties props = demoProperties(broker.bootstrapServers(), stateDir);
      out.println("newswire demo: broker at " + broker.bootstrapServers() + "; loading the NER models ...");
      out.flush();
      CrfNerEngine engine = new CrfNerEngine();
      try (KnowledgeBase kb = KnowledgeBase.open(props); EnrichApp enrich = EnrichRun.create(props, engine, kb)) {
        enrich.start();
        if (!enrich.awaitRunning(Duration.ofSeconds(120))) {
          spec.commandLine().getErr().println("newswire demo: enrich did not start within 120 s");
          return 1;
        }
        return ingestAndWatch(props, inputs, out);
      }
    } finally {
      deleteRecursively(stateDir);
    }
  }

  private int ingestAndWatch(Properties props, List<String> inputs, PrintWriter out) throws IOException {
    ArticleSerdes serdes = ArticleSerdes.create();
    IngestSummary summary = IngestRun.run(props, inputs, ConsoleProgress.forConsole(spec.commandLine().getErr()),
        System.in);
    out.println(IngestCommand.describe(summary));
    out.println();
    out.flush();
    AvroJsonView view = new AvroJsonView();
    PageOutput page = PageOutput.to(htmlOut, "newswire demo: what enrich found");
    long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
    try (OutputWatcher watcher = new OutputWatcher(KafkaProperties.clientProperties(props), TopicNames.from(props), serdes);
         BufferedWriter json = jsonOut == null ? null : Files.newBufferedWriter(jsonOut, StandardCharsets.UTF_8)) {
      long expected = summary.articlesPublished();
      while (watcher.enriched() + watcher.enrichDeadLetters() < expected) {
        if (System.nanoTime() > deadline) {
          spec.commandLine().getErr().printf("newswire demo: timed out after %d s: %d of %d article(s) came out%n",
              timeoutSeconds, watcher.enriched() + watcher.enrichDeadLetters(), expected);
          return 1;
        }
        watcher.poll(Duration.ofMillis(500), article -> {
          out.println(ReadableSummary.of(article));
          out.println();
          out.flush();
          write(json, view.toJsonLine(article));
          page.add(article);
        }, letter -> out.println(ReadableSummary.of(letter)));
        page.flush();
      }
      out.printf("newswire demo: %d article(s) enriched, %d rejected by enrich, %d input(s) rejected by ingest%s%s%n",
          watcher.enriched(), watcher.enrichDeadLetters(), summary.rejected(),
          jsonOut == null ? "" : "; JSON view in " + jsonOut, htmlOut == null ? "" : "; page in " + htmlOut);
      out.flush();
      return 0;
    }
  }

  private static Properties demoProperties(String bootstrap, Path stateDir) {
    Properties props = new Properties();
    props.setProperty("bootstrap.servers", bootstrap);
    props.setProperty("application.id", "newswire-demo-" + UUID.randomUUID().toString().substring(0, 8));
    props.setProperty("state.dir", stateDir.toString());
    props.setProperty("newswire.ingest.state.dir", stateDir.resolve("ingest").toString());
    return props;
  }

  private static Path defaultSamples() {
    String home = System.getProperty("newswire.home");
    Path samples = (home == null ? Path.of("") : Path.of(home)).resolve("samples").toAbsolutePath();
    if (!Files.isDirectory(samples)) {
      throw new IllegalArgumentException("no samples/ folder at " + samples + "; give the paths to ingest");
    }
    return samples;
  }

  private static void write(BufferedWriter json, String line) {
    if (json == null) {
      return;
    }
    try {
      json.write(line);
      json.newLine();
      json.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write the JSON view", e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
