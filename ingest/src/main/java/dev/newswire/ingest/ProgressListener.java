package dev.newswire.ingest;

/**
 * Hears of an ingest run's progress, one call per input, on the thread that runs the ingest; a
 * terminal progress bar or a log line in the app. Implementations must be quick and must not throw.
 */
public interface ProgressListener {

  /** Hears nothing. */
  ProgressListener NONE = new ProgressListener() {};

  /** Called once, before the first input, with the number of inputs found. */
  default void started(int inputs) {}

  /** Called after each input was read and its records handed to the producer. */
  default void inputDone(InputOutcome outcome) {}
}
