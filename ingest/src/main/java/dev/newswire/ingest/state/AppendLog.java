package dev.newswire.ingest.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A crash-safe state file of text lines: lines are only ever appended (one write each, so a killed
 * process leaves at most one torn last line, which {@link #open} drops), and the file is compacted by
 * writing a temporary file, forcing it to disk and atomically renaming it over the old one. Lines
 * must not contain line breaks. Thread-safe.
 */
public final class AppendLog implements AutoCloseable {

  private final Path file;
  private FileChannel channel;

  private AppendLog(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /** Opens (creating folders and file as needed) and returns the complete lines already there. */
  public static AppendLog open(Path file, List<String> linesOut) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (Files.exists(file)) {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int end = content.lastIndexOf('\n');
        if (end >= 0) {
          content.substring(0, end).lines().filter(line -> !line.isBlank()).forEach(linesOut::add);
        }
      }
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND);
      return new AppendLog(file, channel);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open state file " + file, e);
    }
  }

  public Path file() {
    return file;
  }

  /** Appends one line. */
  public synchronized void append(String line) {
    ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
    try {
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write state file " + file, e);
    }
  }

  /** Forces what was appended to disk. */
  public synchronized void sync() {
    try {
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot sync state file " + file, e);
    }
  }

  /** Replaces the whole file with these lines, atomically. */
  public synchronized void rewrite(List<String> lines) {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      StringBuilder text = new StringBuilder();
      lines.forEach(line -> text.append(line).append('\n'));
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          out.write(bytes);
        }
        out.force(true);
      }
      channel.close();
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compact state file " + file, e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      if (channel.isOpen()) {
        channel.force(false);
        channel.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close state file " + file, e);
    }
  }

  /** Splits a line written as fields joined by single spaces; fields must not contain spaces. */
  public static List<String> fields(String line) {
    return new ArrayList<>(List.of(line.split(" ")));
  }
}
