package dev.newswire.enrich;

import dev.newswire.enrich.errors.Reasons;
import dev.newswire.enrich.errors.RejectedArticleException;
import dev.newswire.schemas.EnrichedArticle;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Refuses an enriched article whose encoding would not fit in one produce request. Under exactly-once
 * a record the producer refuses puts the whole transaction in an error state (no dead letter can be
 * written in it, and the task retries the same record forever), so the size is checked before the
 * article is forwarded, with room left for the related links added downstream.
 */
final class OutputSizeCheck {

  private final Serializer<EnrichedArticle> serializer;
  private final String topic;
  private final int maxBytes;

  /**
   * @param topic the topic the article is serialized for
   * @param maxBytes the largest encoded enriched article to forward
   */
  OutputSizeCheck(Serializer<EnrichedArticle> serializer, String topic, int maxBytes) {
    this.serializer = serializer;
    this.topic = topic;
    this.maxBytes = maxBytes;
  }

  /** @throws RejectedArticleException OUTPUT_TOO_LARGE when the encoded article is over the limit */
  void check(EnrichedArticle article) {
    int size = serializer.serialize(topic, article).length;
    if (size > maxBytes) {
      throw new RejectedArticleException(Reasons.OUTPUT_TOO_LARGE, "enriched article " + article.getId() + " is "
          + size + " bytes encoded, more than the " + maxBytes + " that fit in one produce request"
          + " (max.request.size less room for related links)");
    }
  }
}
