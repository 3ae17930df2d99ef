package dev.newswire.ingest;

import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.source.UnreadableInputException;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.deadletter.DeadLetters;
import java.time.Clock;

/**
 * Builds the dead letters of the ingest stage (stage "ingest", origin the input's origin, time from
 * the clock): from a parse failure, keeping the failing record's bytes or else the whole input's, and
 * from an unreadable input, keeping what could be read and the full size when known.
 */
final class Rejections {

  static final String STAGE = "ingest";

  private final Clock clock;

  Rejections(Clock clock) {
    this.clock = clock;
  }

  DeadLetter of(String origin, ParseFailure failure, byte[] wholeInput) {
    byte[] original = failure.original() != null ? failure.original() : wholeInput;
    return DeadLetters.forInput(STAGE, failure.reason().name(), failure.message(), failure.errorClass(),
        origin, original, clock.instant());
  }

  DeadLetter of(String origin, UnreadableInputException error) {
    String errorClass = error.getCause() != null ? error.getCause().getClass().getName() : error.getClass().getName();
    DeadLetter deadLetter = DeadLetters.forInput(STAGE, error.reason().name(), error.getMessage(), errorClass,
        origin, error.prefix(), clock.instant());
    if (error.size() >= 0) {
      deadLetter.setOriginalSize(error.size());
    }
    return deadLetter;
  }
}
