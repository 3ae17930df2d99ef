package dev.newswire.ingest.dedup;

import dev.newswire.schemas.NewsArticle;

/**
 * Remembers which articles were published, so one ingester never publishes the same article twice
 * (also across restarts when the ledger is persistent) and publishes a changed article as the next
 * version under the same id. Keys: the source plus the source id, or, without a source id, the
 * source plus the content hash. Thread-safe.
 */
public interface ArticleLedger extends AutoCloseable {

  /**
   * Decides about an article about to be published and reserves the decision, so a second copy
   * arriving before the first is acknowledged is already a duplicate.
   */
  LedgerDecision decide(NewsArticle article);

  /** The broker acknowledged the article of this decision: remember it for good. */
  void published(LedgerDecision decision);

  /** Sending failed: drop the reservation, so the article can be sent again. */
  void failed(LedgerDecision decision);

  @Override
  void close();

  /** A ledger that forgets everything: every article is new. */
  static ArticleLedger none() {
    return NoLedger.INSTANCE;
  }

  /** A ledger in memory only: deduplicates within the process. */
  static ArticleLedger inMemory() {
    return new MemoryArticleLedger(null);
  }
}
