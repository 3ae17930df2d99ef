package dev.newswire.app.ops;

import dev.newswire.ingest.IngestMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * {@link IngestMetrics} in a Micrometer registry. The names are a contract (the README lists them):
 * {@code newswire_ingest_inputs_total}, {@code newswire_ingest_articles_read_total{format}},
 * {@code newswire_ingest_duplicates_skipped_total}, {@code newswire_ingest_articles_published_total},
 * {@code newswire_dead_letters_total{stage="ingest",reason}},
 * {@code newswire_ingest_send_failures_total{kind}} and the histogram
 * {@code newswire_ingest_publish_latency_seconds} (handed to the producer until acknowledged).
 */
public final class MicrometerIngestMetrics implements IngestMetrics {

  static final Duration[] PUBLISH_BUCKETS = {
      Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
      Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
      Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30)};

  private final MeterRegistry registry;
  private final Counter inputs;
  private final Counter duplicates;
  private final Counter published;
  private final Timer publishLatency;

  public MicrometerIngestMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.inputs = Counter.builder("newswire.ingest.inputs")
        .description("Inputs taken in: files, feed entries, HTTP bodies, stdin").register(registry);
    this.duplicates = Counter.builder("newswire.ingest.duplicates.skipped")
        .description("Articles skipped as already published unchanged").register(registry);
    this.published = Counter.builder("newswire.ingest.articles.published")
        .description("Articles acknowledged by the broker on the raw topic").register(registry);
    this.publishLatency = Timer.builder("newswire.ingest.publish.latency")
        .description("Time from handing an article to the producer to the broker's acknowledgement")
        .serviceLevelObjectives(PUBLISH_BUCKETS).register(registry);
    sendFailures("article");
    sendFailures("dead_letter");
  }

  @Override
  public void inputRead() {
    inputs.increment();
  }

  @Override
  public void articlesRead(String format, int count) {
    Counter.builder("newswire.ingest.articles.read").description("Articles parsed from inputs, by input format")
        .tag("format", format).register(registry).increment(count);
  }

  @Override
  public void duplicateSkipped() {
    duplicates.increment();
  }

  @Override
  public void published(long nanos) {
    published.increment();
    publishLatency.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void deadLetter(String stage, String reason) {
    Counter.builder("newswire.dead.letters").description("Records sent to the dead-letter topic, by stage and reason")
        .tag("stage", Objects.toString(stage, "unknown")).tag("reason", Objects.toString(reason, "UNKNOWN"))
        .register(registry).increment();
  }

  @Override
  public void sendFailed(String kind) {
    sendFailures(kind).increment();
  }

  private Counter sendFailures(String kind) {
    return Counter.builder("newswire.ingest.send.failures").description("Sends that failed, by record kind")
        .tag("kind", kind).register(registry);
  }
}
