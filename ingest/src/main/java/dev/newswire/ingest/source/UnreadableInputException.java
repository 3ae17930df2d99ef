package dev.newswire.ingest.source;

import dev.newswire.ingest.format.RejectReason;

/**
 * An input that could not be read (READ_ERROR) or was too big to read (TOO_LARGE). Carries what
 * the dead letter should keep: the first bytes when some were read, and the full size when known.
 */
public final class UnreadableInputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final RejectReason reason;
  private final transient byte[] prefix;
  private final long size;

  /**
   * @param prefix the first bytes of the input, or null
   * @param size the input's full size in bytes, or -1 when unknown
   */
  public UnreadableInputException(RejectReason reason, String message, byte[] prefix, long size, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.prefix = prefix;
    this.size = size;
  }

  public RejectReason reason() {
    return reason;
  }

  /** The first bytes of the input, or null when none were read. */
  public byte[] prefix() {
    return prefix;
  }

  /** The full size, or -1 when unknown. */
  public long size() {
    return size;
  }
}
