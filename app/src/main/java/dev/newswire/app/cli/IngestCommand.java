package dev.newswire.app.cli;

import dev.newswire.app.ops.MetricsEndpoint;
import dev.newswire.app.ops.MicrometerIngestMetrics;
import dev.newswire.app.ops.OpsServer;
import dev.newswire.app.ops.Probe;
import dev.newswire.app.ops.ProcessMetrics;
import dev.newswire.app.run.IngestRun;
import dev.newswire.ingest.IngestSummary;
import dev.newswire.ingest.PublishStats;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newswire ingest}: reads articles from files, folders (recursively) and stdin, publishes each
 * to the raw topic and each unreadable input to the dead-letter topic, then prints a summary. With
 * {@code --watch}, {@code --feed} or {@code --http} it then keeps running, taking articles from a
 * watched folder, polled feeds and an HTTP endpoint, until SIGINT/SIGTERM. While it runs it serves
 * /metrics, /health and /ready ({@link MetricsOptions}).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Publish articles from files, folders (recursive), stdin (-), a watched folder, feeds or HTTP to Kafka.")
public final class IngestCommand implements Callable<Integer> {

  @Mixin
  KafkaOptions kafka;

  @Mixin
  MetricsOptions metricsOptions;

  @Option(names = "--fail-on-error", description = "Exit with 1 when any input was rejected to the dead-letter topic.")
  boolean failOnError;

  @Option(names = "--watch", paramLabel = "DIR", description = "Ingest files as they land in DIR (recursive), until stopped.")
  Path watchDir;

  @Option(names = "--feed", paramLabel = "URL", description = "Poll this RSS/Atom feed (http or https; repeatable).")
  List<String> feeds = List.of();

  @Option(names = "--poll-interval", paramLabel = "SEC",
      description = "Seconds between feed polls (default: newswire.ingest.feed.poll.interval.seconds, 300).")
  Integer pollIntervalSeconds;

  @Option(names = "--http", paramLabel = "PORT", description = "Serve POST /articles and GET /health on PORT, until stopped.")
  Integer httpPort;

  @Option(names = "--allow-private-feeds",
      description = "Allow feeds on loopback and private addresses (refused by default against request forgery).")
  boolean allowPrivateFeeds;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to read; - for stdin.")
  List<String> paths = List.of();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    IngestRun.Services services = services();
    if ((paths == null || paths.isEmpty()) && !services.any()) {
      throw new ParameterException(spec.commandLine(), "give at least one PATH, or --watch, --feed or --http");
    }
    Optional<String> problem = PathArguments.firstProblem(paths == null ? List.of() : paths);
    if (problem.isPresent()) {
      spec.commandLine().getErr().println("newswire ingest: " + problem.get());
      return PathArguments.USAGE_ERROR;
    }
    PrintWriter out = spec.commandLine().getOut();
    ShutdownWait shutdown = new ShutdownWait();
    Properties props = kafka.properties();
    MetricsEndpoint endpoint = metricsOptions.endpoint(props, MetricsEndpoint.INGEST_DEFAULT_PORT);
    AtomicBoolean open = new AtomicBoolean();
    Probe readiness = () -> open.get() ? Probe.Status.up("publishing") : Probe.Status.down("connecting to Kafka");
    try (ProcessMetrics metrics = new ProcessMetrics();
         OpsServer ops = endpoint.start(metrics.registry(), Probe.UP, readiness, "newswire ingest",
             spec.commandLine().getErr());
         IngestRun run = IngestRun.open(props, new MicrometerIngestMetrics(metrics.registry()))) {
      open.set(true);
      int exit = 0;
      if (paths != null && !paths.isEmpty()) {
        IngestSummary summary = run.ingest(paths, ConsoleProgress.forConsole(spec.commandLine().getErr()), System.in);
        out.println(describe(summary));
        out.flush();
        exit = exitCode(summary);
      }
      if (services.any()) {
        shutdown.install();
        run.start(services);
        describeServices(out, run, services);
        shutdown.await();
        PublishStats stats = run.stats();
        out.println("ingest: stopped; " + stats.articlesAcknowledged() + " article(s) published, "
            + stats.deadLettersAcknowledged() + " dead letter(s), " + stats.failures() + " send failure(s)");
        exit = Math.max(exit, stats.failures() > 0 ? 1 : 0);
      }
      return exit;
    } finally {
      shutdown.done();
    }
  }

  private IngestRun.Services services() {
    Duration interval = pollIntervalSeconds == null ? null : Duration.ofSeconds(Math.max(1, pollIntervalSeconds));
    return new IngestRun.Services(watchDir, feeds, interval, httpPort, allowPrivateFeeds);
  }

  private int exitCode(IngestSummary summary) {
    if (!summary.succeeded()) {
      spec.commandLine().getErr().println("newswire ingest: " + summary.sendFailures()
          + " record(s) could not be written to Kafka: " + summary.lastSendFailure());
      return 1;
    }
    return failOnError && summary.rejected() > 0 ? 1 : 0;
  }

  private static void describeServices(PrintWriter out, IngestRun run, IngestRun.Services services) {
    if (services.watchDir() != null) {
      out.println("ingest: watching " + services.watchDir());
    }
    services.feeds().forEach(feed -> out.println("ingest: polling " + feed));
    if (run.httpPort() >= 0) {
      out.println("ingest: HTTP endpoint on port " + run.httpPort() + " (POST /articles, GET /health)");
    }
    out.println("ingest: running until stopped (Ctrl-C or SIGTERM)");
    out.flush();
  }

  /**
   * Holds the command until SIGINT/SIGTERM; the shutdown hook then waits (at most 30 s) until the
   * command has closed the run, so records in flight are flushed before the JVM ends.
   */
  private static final class ShutdownWait {
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);

    void install() {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        stop.countDown();
        try {
          done.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "newswire-ingest-shutdown"));
    }

    void await() throws InterruptedException {
      stop.await();
    }

    void done() {
      done.countDown();
    }
  }

  static String describe(IngestSummary s) {
    StringBuilder text = new StringBuilder();
    text.append("ingest: ").append(s.inputs()).append(" input(s) read, ")
        .append(s.articlesPublished()).append(" article(s) published, ")
        .append(s.rejected()).append(" rejected to the dead-letter topic");
    if (s.duplicatesSkipped() > 0) {
      text.append(", ").append(s.duplicatesSkipped()).append(" already published (skipped)");
    }
    if (s.sendFailures() > 0) {
      text.append(", ").append(s.sendFailures()).append(" send failure(s)");
    }
    appendCounts(text, "  by format: ", s.articlesByFormat());
    appendCounts(text, "  rejected by reason: ", s.rejectedByReason());
    return text.toString();
  }

  private static void appendCounts(StringBuilder text, String label, Map<?, Long> counts) {
    if (!counts.isEmpty()) {
      text.append('\n').append(label);
      counts.forEach((k, v) -> text.append(k).append('=').append(v).append(' '));
    }
  }
}
