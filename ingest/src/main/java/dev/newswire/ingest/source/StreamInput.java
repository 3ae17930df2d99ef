package dev.newswire.ingest.source;

import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.schemas.deadletter.DeadLetters;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * An already open stream such as stdin, read to its end (at most the limit plus one byte, so an
 * endless stream cannot exhaust memory). It has no file name, so only content can show its format.
 * The stream is not closed: its owner closes it.
 */
public final class StreamInput implements InputItem {

  private final String origin;
  private final InputStream in;

  public StreamInput(String origin, InputStream in) {
    this.origin = origin;
    this.in = in;
  }

  @Override
  public String origin() {
    return origin;
  }

  @Override
  public RawInput read(long maxBytes) throws UnreadableInputException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw new UnreadableInputException(RejectReason.READ_ERROR,
          "cannot read " + origin + ": " + e.getMessage(), null, -1, e);
    }
    if (bytes.length > maxBytes) {
      byte[] prefix = Arrays.copyOf(bytes, Math.min(bytes.length, DeadLetters.DEFAULT_MAX_ORIGINAL_BYTES));
      throw new UnreadableInputException(RejectReason.TOO_LARGE,
          "input is larger than the limit of " + maxBytes + " bytes", prefix, -1, null);
    }
    return new RawInput(origin, null, bytes);
  }
}
