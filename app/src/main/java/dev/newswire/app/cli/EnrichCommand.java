package dev.newswire.app.cli;

import dev.newswire.app.run.EnrichRun;
import dev.newswire.enrich.EnrichApp;
import dev.newswire.enrich.ner.CoreNlpNerEngine;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newswire enrich}: runs the enrich Kafka Streams app until stopped. SIGTERM or Ctrl-C closes
 * it cleanly (commits the current transaction, closes producers) within 30 seconds.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = "Run the enrich Kafka Streams app (raw topic in, enriched topic out) until stopped.")
public final class EnrichCommand implements Callable<Integer> {

  @Mixin
  KafkaOptions kafka;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    CoreNlpNerEngine engine = new CoreNlpNerEngine();
    EnrichApp app = EnrichRun.create(kafka.properties(), engine);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      app.close();
      stopped.countDown();
    }, "newswire-enrich-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    app.start();
    spec.commandLine().getErr().println("newswire enrich: running (Ctrl-C or SIGTERM to stop)");
    stopped.await();
    return 0;
  }
}
