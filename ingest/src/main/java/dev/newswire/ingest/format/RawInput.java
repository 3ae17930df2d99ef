package dev.newswire.ingest.format;

import java.util.Objects;

/**
 * The bytes of one input as a source read them.
 *
 * @param origin where they came from: a file path, "stdin", later a feed URL
 * @param fileName the file name used as a format hint, or null when there is none (stdin)
 * @param bytes the whole input
 */
public record RawInput(String origin, String fileName, byte[] bytes) {

  public RawInput {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(bytes, "bytes");
  }
}
