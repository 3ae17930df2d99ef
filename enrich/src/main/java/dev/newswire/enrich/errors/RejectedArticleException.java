package dev.newswire.enrich.errors;

import java.util.Objects;

/** An input that enrich refuses on purpose, with the dead-letter reason code to file it under. */
public final class RejectedArticleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  public RejectedArticleException(String reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public String reason() {
    return reason;
  }
}
