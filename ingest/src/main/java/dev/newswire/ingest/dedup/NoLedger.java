package dev.newswire.ingest.dedup;

import dev.newswire.schemas.NewsArticle;

/** Remembers nothing: every article is new, version 1. */
enum NoLedger implements ArticleLedger {
  INSTANCE;

  @Override
  public LedgerDecision decide(NewsArticle article) {
    return new LedgerDecision(LedgerDecision.Kind.NEW, "", article.getId(), article.getContentHash(), 1);
  }

  @Override
  public void published(LedgerDecision decision) {
    // nothing to remember
  }

  @Override
  public void failed(LedgerDecision decision) {
    // nothing reserved
  }

  @Override
  public void close() {
    // nothing open
  }
}
