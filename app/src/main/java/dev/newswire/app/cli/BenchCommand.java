package dev.newswire.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newswire.app.bench.BenchLogLevels;
import dev.newswire.app.bench.BenchReport;
import dev.newswire.app.bench.BenchResults;
import dev.newswire.app.bench.BenchRunner;
import dev.newswire.app.bench.BenchSettings;
import dev.newswire.app.bench.ProgressLine;
import dev.newswire.app.bench.ReportTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newswire bench}: measures the NER engine, the whole pipeline on an embedded broker, thread
 * scaling, latency at half load, ingest against Kafka's ProducerPerformance and memory, in one
 * process and one run over one generated corpus; prints a table and optionally writes JSON. Exits 1
 * when a figure could not be measured (targets missed do not change the exit code).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure engine, pipeline, scaling, latency, ingest and memory on an embedded Kafka broker.")
public final class BenchCommand implements Callable<Integer> {

  @Option(names = "--quick", description = "A short run (small corpus, short phases; under 3 minutes on 2 cores).")
  boolean quick;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "0",
      description = "Corpus size (default: 24 with --quick, else 200).")
  int articles;

  @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
      description = "Engine threads and pipeline stream threads (default: the number of cores).")
  int threads;

  @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also measure CoreNLP's default ner configuration for baseline_ratio (default: on; "
          + "--no-baseline skips it and saves about half a minute).")
  boolean baseline;

  @Option(names = "--json-out", paramLabel = "FILE", description = "Write the figures as JSON to FILE.")
  Path jsonOut;

  @Option(names = "--verbose", description = "Keep newswire's INFO logging (per input, per state change).")
  boolean verbose;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (articles < 0 || threads < 0) {
      throw new IllegalArgumentException("--articles and --threads must be positive");
    }
    if (!verbose) {
      BenchLogLevels.quiet();
    }
    PrintWriter out = spec.commandLine().getOut();
    BenchSettings settings = BenchSettings.of(quick, articles, threads, baseline, home());
    BenchResults results = new BenchRunner(settings, ProgressLine.forConsole(spec.commandLine().getErr())).run();
    ReportTable.render(results).forEach(out::println);
    Map<String, Object> json = BenchReport.json(results);
    if (jsonOut != null) {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(jsonOut.toFile(), json);
      out.println("JSON written to " + jsonOut);
    }
    out.flush();
    return complete(json) ? 0 : 1;
  }

  private boolean complete(Map<String, Object> json) {
    return BenchReport.REQUIRED_KEYS.stream()
        .filter(key -> baseline || !key.equals(BenchReport.BASELINE_RATIO))
        .allMatch(key -> json.get(key) != null);
  }

  private static Path home() {
    String home = System.getProperty("newswire.home");
    return (home == null ? Path.of("") : Path.of(home)).toAbsolutePath();
  }
}
