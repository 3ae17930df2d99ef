package dev.newswire.app.cli;

import dev.newswire.app.ops.EnrichHealth;
import dev.newswire.app.ops.MetricsEndpoint;
import dev.newswire.app.ops.MicrometerEnrichMetrics;
import dev.newswire.app.ops.OpsServer;
import dev.newswire.app.ops.ProcessMetrics;
import dev.newswire.app.run.EnrichRun;
import dev.newswire.app.run.KnowledgeBase;
import dev.newswire.enrich.EnrichApp;
import dev.newswire.enrich.ner.CrfNerEngine;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newswire enrich}: runs the enrich Kafka Streams app until stopped. SIGTERM or Ctrl-C closes
 * it cleanly (commits the current transaction, closes producers) within 30 seconds. Serves /metrics,
 * /health and /ready ({@link MetricsOptions}) from before the models load until it stops.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = "Run the enrich Kafka Streams app (raw topic in, enriched topic out) until stopped.")
public final class EnrichCommand implements Callable<Integer> {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  @Mixin
  KafkaOptions kafka;

  @Mixin
  MetricsOptions metricsOptions;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Properties props = kafka.properties();
    MetricsEndpoint endpoint = metricsOptions.endpoint(props, MetricsEndpoint.ENRICH_DEFAULT_PORT);
    ProcessMetrics metrics = new ProcessMetrics();
    EnrichHealth health = new EnrichHealth();
    // Up before the models load (a minute on a cold cache), so that /health answers and /ready says why not.
    OpsServer ops = endpoint.start(metrics.registry(), health.liveness(), health.readiness(), "newswire enrich",
        spec.commandLine().getErr());
    CrfNerEngine engine = new CrfNerEngine();
    KnowledgeBase kb = KnowledgeBase.open(props);
    health.linkerLoaded();
    EnrichApp app = EnrichRun.create(props, engine, kb, new MicrometerEnrichMetrics(metrics.registry()));
    health.app(app);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      app.close();
      kb.close();
      if (ops != null) {
        ops.close();
      }
      metrics.close();
      stopped.countDown();
    }, "newswire-enrich-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    app.start();
    try {
      if (!app.awaitRunning(START_TIMEOUT)) {
        spec.commandLine().getErr().println("newswire enrich: not running after " + START_TIMEOUT.toSeconds()
            + " s (is Kafka reachable at " + props.getProperty("bootstrap.servers") + "?)");
        return 1;
      }
    } catch (IllegalStateException e) {
      spec.commandLine().getErr().println("newswire enrich: " + e.getMessage());
      return 1;
    }
    spec.commandLine().getErr().println("newswire enrich: running (Ctrl-C or SIGTERM to stop)");
    stopped.await();
    return 0;
  }
}
