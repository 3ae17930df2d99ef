package dev.newswire.schemas.deadletter;

import dev.newswire.schemas.DeadLetter;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;

/**
 * Builds {@link DeadLetter} records. The original bytes are kept up to a limit so that a huge poison
 * pill does not become a huge dead letter; {@code originalSize} always tells the full size.
 */
public final class DeadLetters {

  /** Keep at most this many original bytes in a dead letter unless told otherwise. */
  public static final int DEFAULT_MAX_ORIGINAL_BYTES = 512 * 1024;

  private DeadLetters() {}

  /** A dead letter for input that never became a record (a file, a request body, stdin). */
  public static DeadLetter forInput(String stage, String reason, String message, String errorClass,
      String origin, byte[] original, Instant now) {
    return base(stage, reason, message, errorClass, original, now).setOrigin(origin).build();
  }

  /** A dead letter for a record read from a topic. */
  public static DeadLetter forRecord(String stage, String reason, Throwable error, String topic,
      int partition, long offset, String key, byte[] original, Instant now) {
    return base(stage, reason, messageOf(error), error.getClass().getName(), original, now)
        .setSourceTopic(topic)
        .setPartition(partition)
        .setOffset(offset)
        .setKey(key)
        .build();
  }

  /** The message of an error and its causes, joined, so the reason is readable without a stack trace. */
  public static String messageOf(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = error; t != null && text.length() < 2000; t = t.getCause()) {
      if (!text.isEmpty()) {
        text.append(": ");
      }
      text.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
      if (t.getCause() == t) {
        break;
      }
    }
    return text.toString();
  }

  private static DeadLetter.Builder base(String stage, String reason, String message, String errorClass,
      byte[] original, Instant now) {
    DeadLetter.Builder builder = DeadLetter.newBuilder()
        .setStage(stage)
        .setReason(reason)
        .setErrorClass(errorClass)
        .setErrorMessage(message == null ? reason : message)
        .setTimestamp(now);
    if (original != null) {
      byte[] kept = original.length > DEFAULT_MAX_ORIGINAL_BYTES
          ? Arrays.copyOf(original, DEFAULT_MAX_ORIGINAL_BYTES) : original;
      builder.setOriginalBytes(ByteBuffer.wrap(kept)).setOriginalSize((long) original.length);
    }
    return builder;
  }
}
