package dev.newswire.app.ops;

import dev.newswire.enrich.EnrichMetrics;
import dev.newswire.enrich.errors.Reasons;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;

/**
 * {@link EnrichMetrics} in a Micrometer registry. The names are a contract (dashboards and alerts use
 * them; the README lists them): {@code newswire_enrich_records_in_total},
 * {@code newswire_enrich_records_out_total}, {@code newswire_dead_letters_total{stage="enrich",reason}},
 * {@code newswire_enrich_latency_seconds} and {@code newswire_enrich_ner_seconds} (histograms),
 * {@code newswire_enrich_streams_state{state}} (1 for the client's current state, 0 for the others),
 * and the Streams client's own {@code kafka_*} metrics (consumer lag among them).
 */
public final class MicrometerEnrichMetrics implements EnrichMetrics {

  /** Buckets of the per-article histograms: NER takes milliseconds for a brief, seconds for a long feature. */
  static final Duration[] LATENCY_BUCKETS = {
      Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
      Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
      Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

  /** How often new Kafka client metrics (a partition assigned later, say) are picked up. */
  private static final Duration KAFKA_METRICS_REFRESH = Duration.ofSeconds(10);

  private final MeterRegistry registry;
  private final Counter recordsIn;
  private final Counter recordsOut;
  private final Timer latency;
  private final Timer ner;

  public MicrometerEnrichMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.recordsIn = Counter.builder("newswire.enrich.records.in")
        .description("Records read from the raw topic, readable or not").register(registry);
    this.recordsOut = Counter.builder("newswire.enrich.records.out")
        .description("Articles enriched and sent on to the enriched topic").register(registry);
    this.latency = Timer.builder("newswire.enrich.latency")
        .description("Time to enrich one article (text preparation, NER, entities, linking)")
        .serviceLevelObjectives(LATENCY_BUCKETS).register(registry);
    this.ner = Timer.builder("newswire.enrich.ner")
        .description("Time one article spent in named-entity recognition")
        .serviceLevelObjectives(LATENCY_BUCKETS).register(registry);
    // Present at 0 from the start, so that rate() and alerts see every reason before the first one.
    for (String reason : List.of(Reasons.UNDECODABLE_RECORD, Reasons.NULL_VALUE, Reasons.EMPTY_ARTICLE,
        Reasons.TOO_LARGE, Reasons.ENRICH_FAILED)) {
      deadLetters(reason);
    }
  }

  @Override
  public void recordIn() {
    recordsIn.increment();
  }

  @Override
  public void enriched(long nanos) {
    recordsOut.increment();
    latency.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void deadLetter(String reason) {
    deadLetters(reason).increment();
  }

  @Override
  public void nerTime(long nanos) {
    ner.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public AutoCloseable bind(KafkaStreams streams) {
    for (KafkaStreams.State state : KafkaStreams.State.values()) {
      Gauge.builder("newswire.enrich.streams.state", streams, s -> s.state() == state ? 1 : 0)
          .description("1 for the Kafka Streams client's current state, 0 for the others")
          .tag("state", state.name()).register(registry);
    }
    ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "newswire-kafka-metrics");
      thread.setDaemon(true);
      return thread;
    });
    KafkaStreamsMetrics kafka = new KafkaStreamsMetrics(streams, Tags.empty(), refresher, KAFKA_METRICS_REFRESH);
    kafka.bindTo(registry);
    return () -> {
      kafka.close();
      refresher.shutdownNow();
    };
  }

  private Counter deadLetters(String reason) {
    return Counter.builder("newswire.dead.letters")
        .description("Records sent to the dead-letter topic, by stage and reason")
        .tag("stage", Reasons.STAGE).tag("reason", reason).register(registry);
  }
}
