package dev.newswire.ingest;

import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.topic.Topics;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes articles to the raw topic (key: article id, value: {@link NewsArticle}) and dead letters to
 * the dead-letter topic (key: the origin, value: {@link DeadLetter}). Every send has a callback: a
 * failure, thrown or reported, is counted and logged, never dropped silently; {@link #stats()} tells the
 * totals and {@link #lastFailure()} the latest error. Each send returns a future that completes when
 * the broker acknowledged the record, or exceptionally when the send failed. Thread-safe. {@link #close()} closes both producers.
 */
public final class ArticlePublisher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final Producer<String, NewsArticle> articles;
  private final Producer<String, DeadLetter> deadLetters;
  private final Topics topics;
  private final IngestMetrics metrics;

  private final AtomicLong articlesSent = new AtomicLong();
  private final AtomicLong articlesAcknowledged = new AtomicLong();
  private final AtomicLong deadLettersSent = new AtomicLong();
  private final AtomicLong deadLettersAcknowledged = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicReference<String> lastFailure = new AtomicReference<>();

  public ArticlePublisher(Producer<String, NewsArticle> articles, Producer<String, DeadLetter> deadLetters,
      Topics topics) {
    this(articles, deadLetters, topics, IngestMetrics.NONE);
  }

  /** A publisher that reports acknowledged records, their latency and failed sends to {@code metrics}. */
  public ArticlePublisher(Producer<String, NewsArticle> articles, Producer<String, DeadLetter> deadLetters,
      Topics topics, IngestMetrics metrics) {
    this.articles = articles;
    this.deadLetters = deadLetters;
    this.topics = topics;
    this.metrics = java.util.Objects.requireNonNull(metrics, "metrics");
  }

  /** Where this publisher, and the intake over it, report. */
  public IngestMetrics metrics() {
    return metrics;
  }

  /** Sends one article, keyed by its id, to the raw topic. */
  public CompletableFuture<Void> publish(NewsArticle article) {
    articlesSent.incrementAndGet();
    long started = System.nanoTime();
    return send(articles, new ProducerRecord<>(topics.raw().name(), article.getId(), article), articlesAcknowledged,
        () -> metrics.published(System.nanoTime() - started), "article");
  }

  /** Sends one dead letter, keyed by its origin, to the dead-letter topic. */
  public CompletableFuture<Void> reject(DeadLetter deadLetter) {
    deadLettersSent.incrementAndGet();
    return send(deadLetters, new ProducerRecord<>(topics.deadLetters().name(), deadLetter.getOrigin(), deadLetter),
        deadLettersAcknowledged, () -> metrics.deadLetter(deadLetter.getStage(), deadLetter.getReason()),
        "dead_letter");
  }

  /** Waits until every record sent so far is acknowledged or failed. */
  public void flush() {
    articles.flush();
    deadLetters.flush();
  }

  public PublishStats stats() {
    return new PublishStats(articlesSent.get(), articlesAcknowledged.get(), deadLettersSent.get(),
        deadLettersAcknowledged.get(), failures.get());
  }

  /** The latest send error as "topic key: message", or null when none failed. */
  public String lastFailure() {
    return lastFailure.get();
  }

  @Override
  public void close() {
    try {
      articles.close(CLOSE_TIMEOUT);
    } finally {
      deadLetters.close(CLOSE_TIMEOUT);
    }
  }

  private <V> CompletableFuture<Void> send(Producer<String, V> producer, ProducerRecord<String, V> record,
      AtomicLong acknowledged, Runnable onAcknowledged, String kind) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Callback callback = (metadata, error) -> {
      if (error == null) {
        acknowledged.incrementAndGet();
        onAcknowledged.run();
        done.complete(null);
      } else {
        failed(record, error, kind);
        done.completeExceptionally(error);
      }
    };
    try {
      producer.send(record, callback);
    } catch (RuntimeException e) {
      failed(record, e, kind);
      done.completeExceptionally(e);
    }
    return done;
  }

  private void failed(ProducerRecord<String, ?> record, Exception error, String kind) {
    failures.incrementAndGet();
    metrics.sendFailed(kind);
    String description = record.topic() + " " + record.key() + ": " + error;
    lastFailure.set(description);
    LOG.error("send failed to {} (key {}): {}", record.topic(), record.key(), error.toString());
  }
}
