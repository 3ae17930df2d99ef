package dev.newswire.enrich;

import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.EnrichedArticle;

/**
 * What became of one raw record inside the topology: exactly one of an enriched article or a dead
 * letter. Never leaves the topology, so it needs no serde.
 */
record EnrichOutcome(EnrichedArticle enriched, DeadLetter deadLetter) {

  EnrichOutcome {
    if ((enriched == null) == (deadLetter == null)) {
      throw new IllegalArgumentException("an outcome is either enriched or a dead letter");
    }
  }

  static EnrichOutcome enriched(EnrichedArticle article) {
    return new EnrichOutcome(article, null);
  }

  static EnrichOutcome deadLetter(DeadLetter letter) {
    return new EnrichOutcome(null, letter);
  }

  boolean isEnriched() {
    return enriched != null;
  }
}
