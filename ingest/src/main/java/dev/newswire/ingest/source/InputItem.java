package dev.newswire.ingest.source;

import dev.newswire.ingest.format.RawInput;

/**
 * One input waiting to be read: a file, stdin, later a feed entry or a request body. Reading is
 * deferred so that a run over a large folder holds one input in memory at a time.
 */
public interface InputItem {

  /** Where the input comes from, as recorded in articles and dead letters: a path, "stdin", a URL. */
  String origin();

  /**
   * Reads the whole input.
   *
   * @param maxBytes the largest input accepted
   * @throws UnreadableInputException with READ_ERROR or TOO_LARGE when the input cannot be had
   */
  RawInput read(long maxBytes) throws UnreadableInputException;
}
