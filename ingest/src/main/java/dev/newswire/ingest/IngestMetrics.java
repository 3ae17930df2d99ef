package dev.newswire.ingest;

/**
 * What ingest reports while it runs: inputs taken, articles read from them, duplicates skipped,
 * articles and dead letters the broker acknowledged (with the publish latency), failed sends. The
 * {@link ArticlePublisher} and the {@link ArticleIntake} call it; the app decides where the numbers go
 * (Prometheus, in newswire's CLI). {@link #NONE} drops everything. Implementations must be
 * thread-safe: producer callbacks, the watcher, the feed poller and HTTP requests call them at once.
 */
public interface IngestMetrics {

  /** Reports nothing. */
  IngestMetrics NONE = new IngestMetrics() {};

  /** One input (a file, a feed entry batch, an HTTP request body, stdin) taken in. */
  default void inputRead() {}

  /** {@code count} articles parsed from one input in {@code format} (an {@code InputFormat} name). */
  default void articlesRead(String format, int count) {}

  /** One article skipped because the ledger says it is already published unchanged. */
  default void duplicateSkipped() {}

  /** One article acknowledged by the broker, {@code nanos} after it was handed to the producer. */
  default void published(long nanos) {}

  /** One dead letter acknowledged by the broker. */
  default void deadLetter(String stage, String reason) {}

  /** One send that failed; {@code kind} is "article" or "dead_letter". */
  default void sendFailed(String kind) {}
}
