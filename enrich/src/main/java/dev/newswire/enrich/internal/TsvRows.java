package dev.newswire.enrich.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rows of a tab-separated table that enrich ships (learned weights, link counts). In: UTF-8 text,
 * what the table is (for errors) and its number of columns. Out: each row's columns with its line
 * number; blank lines and lines starting with '#' are skipped, and a row with another number of columns
 * is an error naming the table and the line. Also read row by row ({@link #forEach}) for large tables.
 */
public final class TsvRows {

  /** One row: its 1-based line number and its columns. */
  public record Row(int line, String[] columns) {
    public String column(int index) {
      return columns[index];
    }

    /** An error about this row, naming {@code what} and the line. */
    public IOException error(String what, String message) {
      return new IOException("line " + line + " of the " + what + ": " + message);
    }
  }

  private TsvRows() {}

  /** What to do with each row as it is read. */
  @FunctionalInterface
  public interface RowSink {
    void accept(Row row) throws IOException;
  }

  public static List<Row> read(InputStream in, String what, int columns) throws IOException {
    List<Row> rows = new ArrayList<>();
    forEach(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), row -> {
      if (row.columns().length != columns) {
        throw row.error(what, "expected " + columns + " columns");
      }
      rows.add(row);
    });
    return rows;
  }

  /**
   * Hands each row of {@code reader} to {@code sink} as it is read (a table may hold millions): blank lines
   * and lines starting with '#' are skipped, a leading byte-order mark is dropped, columns are not checked.
   */
  public static void forEach(BufferedReader reader, RowSink sink) throws IOException {
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1); // as some editors write UTF-8
      }
      if (!line.isBlank() && !line.startsWith("#")) {
        sink.accept(new Row(number, line.split("\t", -1)));
      }
    }
  }

  /** The rows of a table on the class path; a missing or unreadable resource is a packaging error. */
  public static List<Row> resource(String path, String what, int columns) {
    try (InputStream in = TsvRows.class.getClassLoader().getResourceAsStream(path)) {
      return read(Objects.requireNonNull(in, "missing resource " + path), what, columns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
