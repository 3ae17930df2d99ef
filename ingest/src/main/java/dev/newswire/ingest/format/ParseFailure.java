package dev.newswire.ingest.format;

import java.util.Objects;

/**
 * Why one input, or one record inside it, could not become an article.
 *
 * @param reason the machine-readable reason
 * @param message a human explanation, naming the line when there is one ("line 3: missing 'headline'")
 * @param errorClass class name of the error behind the failure (this class when there was no exception)
 * @param original the bytes of the failing record, or null when the failure concerns the whole input
 */
public record ParseFailure(RejectReason reason, String message, String errorClass, byte[] original) {

  public ParseFailure {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(errorClass, "errorClass");
  }

  /** A failure of the whole input that no exception caused. */
  public static ParseFailure of(RejectReason reason, String message) {
    return new ParseFailure(reason, message, ParseFailure.class.getName(), null);
  }

  /** A failure of the whole input caused by an exception. */
  public static ParseFailure of(RejectReason reason, String message, Throwable cause) {
    return new ParseFailure(reason, message, cause.getClass().getName(), null);
  }

  /** The same failure, limited to the bytes of one record. */
  public ParseFailure withOriginal(byte[] recordBytes) {
    return new ParseFailure(reason, message, errorClass, recordBytes);
  }
}
