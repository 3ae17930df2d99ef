package dev.newswire.enrich.errors;

import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/**
 * The one place that decides what happens to an error in enrich.
 * <ul>
 *   <li>{@link Action#DEAD_LETTER}: the record is at fault (undecodable bytes, an empty article, a
 *       bug that one article triggers): it goes to the dead-letter topic and processing goes on;</li>
 *   <li>{@link Action#RETRY}: the environment is at fault for a while (a Kafka retriable error, an
 *       interrupt): the error is thrown, the stream thread is replaced and the record is read again
 *       from the last commit;</li>
 *   <li>{@link Action#FATAL}: the JVM itself is in trouble (out of memory, a missing class): the
 *       client shuts down rather than loop.</li>
 * </ul>
 */
public final class ErrorClassifier {

  /** What to do with a record whose processing threw. */
  public enum Action { DEAD_LETTER, RETRY, FATAL }

  private ErrorClassifier() {}

  public static Action classify(Throwable error) {
    if (hasCause(error, VirtualMachineError.class) || hasCause(error, LinkageError.class)) {
      return Action.FATAL;
    }
    if (hasCause(error, RetriableException.class) || hasCause(error, InterruptedException.class)) {
      return Action.RETRY;
    }
    return Action.DEAD_LETTER;
  }

  /** The dead-letter reason code for an error classified {@link Action#DEAD_LETTER}. */
  public static String reason(Throwable error) {
    if (error instanceof RejectedArticleException rejected) {
      return rejected.reason();
    }
    return error instanceof SerializationException ? Reasons.UNDECODABLE_RECORD : Reasons.ENRICH_FAILED;
  }

  /** What a stream thread that died of {@code error} should lead to. */
  public static StreamThreadExceptionResponse onUncaught(Throwable error) {
    return classify(error) == Action.FATAL
        ? StreamThreadExceptionResponse.SHUTDOWN_CLIENT
        : StreamThreadExceptionResponse.REPLACE_THREAD;
  }

  private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
    int depth = 0;
    for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
