package dev.newswire.ingest;

/**
 * Counters of an {@link ArticlePublisher} at one moment. "Sent" counts records handed to the producer;
 * "acknowledged" those the broker confirmed; a failure is a send that threw or whose callback
 * reported an error. After {@code flush()}, sent = acknowledged + failed.
 */
public record PublishStats(
    long articlesSent,
    long articlesAcknowledged,
    long deadLettersSent,
    long deadLettersAcknowledged,
    long failures) {

  public static final PublishStats ZERO = new PublishStats(0, 0, 0, 0, 0);

  /** What happened between an earlier snapshot and this one. */
  public PublishStats since(PublishStats earlier) {
    return new PublishStats(
        articlesSent - earlier.articlesSent,
        articlesAcknowledged - earlier.articlesAcknowledged,
        deadLettersSent - earlier.deadLettersSent,
        deadLettersAcknowledged - earlier.deadLettersAcknowledged,
        failures - earlier.failures);
  }
}
