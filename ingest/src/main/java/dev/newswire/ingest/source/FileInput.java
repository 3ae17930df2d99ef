package dev.newswire.ingest.source;

import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.schemas.deadletter.DeadLetters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A file on disk; its origin is the path as given, its file name the format hint. */
public final class FileInput implements InputItem {

  private final Path path;

  public FileInput(Path path) {
    this.path = path;
  }

  @Override
  public String origin() {
    return path.toString();
  }

  @Override
  public RawInput read(long maxBytes) throws UnreadableInputException {
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw tooLarge(size, maxBytes);
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
      if (bytes.length > maxBytes) {
        throw tooLarge(-1, maxBytes);
      }
      return new RawInput(origin(), fileName(), bytes);
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException(RejectReason.READ_ERROR, "no such file", null, -1, e);
    } catch (IOException e) {
      throw new UnreadableInputException(RejectReason.READ_ERROR,
          "cannot read file: " + e.getClass().getSimpleName() + ": " + e.getMessage(), null, -1, e);
    }
  }

  private String fileName() {
    Path name = path.getFileName();
    return name == null ? null : name.toString();
  }

  private UnreadableInputException tooLarge(long size, long maxBytes) throws IOException {
    byte[] prefix;
    try (InputStream in = Files.newInputStream(path)) {
      prefix = in.readNBytes(DeadLetters.DEFAULT_MAX_ORIGINAL_BYTES);
    }
    String actual = size >= 0 ? "file is " + size + " bytes" : "file grew while being read";
    return new UnreadableInputException(RejectReason.TOO_LARGE,
        actual + "; the limit is " + maxBytes + " bytes", prefix, size, null);
  }
}
