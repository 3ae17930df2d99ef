package dev.newswire.ingest.format;

import java.util.Objects;

/**
 * An input that passed the text screen: its original bytes and the same content decoded as UTF-8
 * (without a byte order mark). Formats read {@code text}; dead letters keep {@code bytes}.
 */
public record TextDocument(RawInput input, String text) {

  public TextDocument {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(text, "text");
  }

  public String origin() {
    return input.origin();
  }

  /** The file name, or null. */
  public String fileName() {
    return input.fileName();
  }

  public byte[] bytes() {
    return input.bytes();
  }
}
