package dev.newswire.enrich;

import org.apache.kafka.streams.KafkaStreams;

/**
 * What enrich reports while it runs: records read from the raw topic, articles enriched, dead letters
 * by reason, time per article and time in NER. The topology, the processor and the deserialization
 * handler call it; the app decides where the numbers go (Prometheus, in newswire's CLI). {@link #NONE}
 * drops everything (tests, the bench). Implementations must be thread-safe: every stream thread calls
 * them.
 */
public interface EnrichMetrics {

  /**
   * The Streams property under which {@link EnrichApp} hands this object to Kafka-created handlers
   * (the deserialization handler), which get their configuration from Kafka and nothing else.
   */
  String STREAMS_CONFIG_KEY = "newswire.enrich.metrics";

  /** Reports nothing. */
  EnrichMetrics NONE = new EnrichMetrics() {};

  /** One record read from the raw topic, readable or not. */
  default void recordIn() {}

  /** One article enriched and sent on towards the enriched topic, after {@code nanos} of enrichment. */
  default void enriched(long nanos) {}

  /** One record sent to the dead-letter topic by enrich, filed under {@code reason}. */
  default void deadLetter(String reason) {}

  /** Time one article spent in named-entity recognition. */
  default void nerTime(long nanos) {}

  /**
   * Called once the Streams client exists (before it starts), so that its own metrics (consumer lag,
   * commit rates) can be reported too.
   *
   * @return what stops reporting them; {@link EnrichApp} closes it after the client
   */
  default AutoCloseable bind(KafkaStreams streams) {
    return () -> { };
  }

  /** The metrics Kafka passed to a handler in {@code configs}, or {@link #NONE}. */
  static EnrichMetrics from(java.util.Map<String, ?> configs) {
    Object value = configs == null ? null : configs.get(STREAMS_CONFIG_KEY);
    return value instanceof EnrichMetrics metrics ? metrics : NONE;
  }
}
