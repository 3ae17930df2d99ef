package dev.newswire.ingest.format.json;

import dev.newswire.ingest.format.RejectReason;

/** One JSON object that cannot become an article, with the reason to record. */
final class InvalidArticleException extends Exception {

  private static final long serialVersionUID = 1L;

  private final RejectReason reason;

  InvalidArticleException(RejectReason reason, String message) {
    super(message);
    this.reason = reason;
  }

  RejectReason reason() {
    return reason;
  }
}
