package dev.newswire.ingest.format.xml;

import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.format.RejectReason;

/** An XML document that {@link SafeXml} refused (FORBIDDEN_XML) or could not parse (MALFORMED_XML). */
public final class XmlRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final RejectReason reason;

  XmlRejectedException(RejectReason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public RejectReason reason() {
    return reason;
  }

  /** The failure to record for the whole input. */
  public ParseFailure toFailure() {
    return getCause() == null ? ParseFailure.of(reason, getMessage()) : ParseFailure.of(reason, getMessage(), getCause());
  }
}
