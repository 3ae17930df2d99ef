package dev.newswire.enrich;

import dev.newswire.enrich.errors.ErrorClassifier;
import dev.newswire.enrich.errors.Reasons;
import dev.newswire.enrich.errors.RejectedArticleException;
import dev.newswire.enrich.link.OverrideSource;
import dev.newswire.enrich.overrides.LiveOverrides;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.deadletter.DeadLetters;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Enriches each raw article, with the live overrides of the global store {@value LiveOverrides#STORE}
 * as they are at that moment, and forwards an {@link EnrichOutcome}: the enriched article, or a dead
 * letter carrying the record's topic, partition and offset when the article is empty, missing, too
 * large once enriched ({@link OutputSizeCheck}) or makes enrichment throw. Errors that are not the record's fault ({@link ErrorClassifier}) are rethrown so
 * that Kafka retries from the last commit.
 */
final class EnrichProcessor implements FixedKeyProcessor<String, NewsArticle, EnrichOutcome> {

  private static final Logger LOG = LoggerFactory.getLogger(EnrichProcessor.class);

  private final ArticleEnricher enricher;
  private final Serializer<NewsArticle> rawSerializer;
  private final EnrichMetrics metrics;
  private final OutputSizeCheck outputSize;
  private FixedKeyProcessorContext<String, EnrichOutcome> context;
  private OverrideSource live;

  EnrichProcessor(ArticleEnricher enricher, Serializer<NewsArticle> rawSerializer, EnrichMetrics metrics,
      OutputSizeCheck outputSize) {
    this.enricher = enricher;
    this.rawSerializer = rawSerializer;
    this.metrics = metrics;
    this.outputSize = outputSize;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, EnrichOutcome> context) {
    this.context = context;
    this.live = LiveOverrides.source(context.getStateStore(LiveOverrides.STORE));
  }

  @Override
  public void process(FixedKeyRecord<String, NewsArticle> record) {
    metrics.recordIn();
    context.forward(record.withValue(outcomeOf(record.key(), record.value())));
  }

  private EnrichOutcome outcomeOf(String key, NewsArticle article) {
    if (article == null) {
      return deadLetter(key, null, new RejectedArticleException(Reasons.NULL_VALUE, "record has no value"));
    }
    try {
      long started = System.nanoTime();
      EnrichedArticle enriched = enricher.enrich(article, live, metrics);
      outputSize.check(enriched);
      EnrichOutcome outcome = EnrichOutcome.enriched(enriched);
      long nanos = System.nanoTime() - started;
      metrics.enriched(nanos);
      if (LOG.isDebugEnabled()) {
        atPosition(LOG.atDebug(), key).addKeyValue("entities", outcome.enriched().getEntities().size())
            .addKeyValue("millis", nanos / 1_000_000).log("article enriched");
      }
      return outcome;
    } catch (RuntimeException e) {
      if (ErrorClassifier.classify(e) != ErrorClassifier.Action.DEAD_LETTER) {
        throw e;
      }
      return deadLetter(key, article, e);
    }
  }

  private EnrichOutcome deadLetter(String key, NewsArticle article, Throwable error) {
    RecordMetadata metadata = context.recordMetadata().orElse(null);
    String topic = metadata == null ? null : metadata.topic();
    int partition = metadata == null ? -1 : metadata.partition();
    long offset = metadata == null ? -1L : metadata.offset();
    String reason = ErrorClassifier.reason(error);
    // The message of a rejection says why without quoting the text; a failure's stack trace matters.
    if (error instanceof RejectedArticleException) {
      atPosition(LOG.atInfo(), key).addKeyValue("reason", reason).addKeyValue("detail", error.getMessage())
          .log("article rejected to the dead-letter topic");
    } else {
      atPosition(LOG.atWarn(), key).addKeyValue("reason", reason).setCause(error)
          .log("enrichment failed; sent to the dead-letter topic");
    }
    metrics.deadLetter(reason);
    DeadLetter letter = DeadLetters.forRecord(Reasons.STAGE, reason, error, topic, partition, offset, key,
        originalBytes(topic, article), enricher.clock().instant());
    return EnrichOutcome.deadLetter(letter);
  }

  /** The event with the record's position and key as structured fields. */
  private LoggingEventBuilder atPosition(LoggingEventBuilder event, String key) {
    RecordMetadata metadata = context.recordMetadata().orElse(null);
    if (metadata != null) {
      event = event.addKeyValue("topic", metadata.topic()).addKeyValue("partition", metadata.partition())
          .addKeyValue("offset", metadata.offset());
    }
    return event.addKeyValue("article_id", key);
  }

  /** The article re-encoded as it was read, so the dead letter can be replayed; null if that fails too. */
  private byte[] originalBytes(String topic, NewsArticle article) {
    if (article == null) {
      return null;
    }
    try {
      return rawSerializer.serialize(topic, article);
    } catch (RuntimeException e) {
      LOG.debug("cannot re-encode the rejected article", e);
      return null;
    }
  }
}
