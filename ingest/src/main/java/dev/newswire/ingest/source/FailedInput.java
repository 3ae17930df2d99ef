package dev.newswire.ingest.source;

import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.format.RejectReason;

/** An input already known to be unreadable (a folder that could not be listed); reading it fails. */
final class FailedInput implements InputItem {

  private final String origin;
  private final String message;
  private final Throwable cause;

  FailedInput(String origin, String message, Throwable cause) {
    this.origin = origin;
    this.message = message;
    this.cause = cause;
  }

  @Override
  public String origin() {
    return origin;
  }

  @Override
  public RawInput read(long maxBytes) throws UnreadableInputException {
    throw new UnreadableInputException(RejectReason.READ_ERROR, message, null, -1, cause);
  }
}
