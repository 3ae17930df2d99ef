package dev.newswire.ingest.dedup;

/**
 * What the ledger decided about one article.
 *
 * @param kind publish as new, publish as an update, or skip as a duplicate
 * @param key the article's dedup key (a hash; see {@link ArticleLedger})
 * @param articleId the id to publish under
 * @param contentHash the content hash of this version
 * @param version the version to publish (1 for new articles)
 */
public record LedgerDecision(Kind kind, String key, String articleId, String contentHash, int version) {

  /** The three outcomes. */
  public enum Kind {
    NEW, UPDATE, DUPLICATE
  }

  public boolean publish() {
    return kind != Kind.DUPLICATE;
  }
}
