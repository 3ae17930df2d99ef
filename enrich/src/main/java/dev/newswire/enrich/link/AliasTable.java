package dev.newswire.enrich.link;

import dev.newswire.enrich.internal.TsvRows;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A user's alias table: "surface TAB title TAB score [TAB type]" per line, UTF-8, '#' starting a comment
 * line, blank lines ignored. {@code title} is an English Wikipedia title (spaces become underscores),
 * {@code score} a number in (0, 1] (how sure the row is: the share of the name's links that go to the
 * title), {@code type} one of PERSON, ORGANIZATION, LOCATION, MISC. Windows line ends and a byte-order
 * mark are accepted. In: files. Out: their rows, or an
 * {@link IllegalArgumentException} naming the file and line of the first bad one.
 */
public final class AliasTable {

  public static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  /** One alias row. */
  public record Row(String surface, String title, double score, String type) {}

  private AliasTable() {}

  /** All rows of {@code file}. */
  public static List<Row> read(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    read(file, rows::add);
    return rows;
  }

  /** Hands each row of {@code file} to {@code sink} as it is read (a table may hold millions). */
  public static void read(Path file, Consumer<Row> sink) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      TsvRows.forEach(in, row -> sink.accept(parse(row, file)));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + ": not UTF-8 text", e);
    }
  }

  static Row parse(TsvRows.Row row, Path file) {
    String[] c = row.columns();
    int number = row.line();
    if (c.length < 3 || c.length > 4) {
      throw bad(file, number, "expected surface, title, score and an optional type separated by tabs, found "
          + c.length + " column(s)");
    }
    String surface = c[0].strip();
    String title = c[1].strip().replace(' ', '_');
    if (surface.isEmpty() || title.isEmpty()) {
      throw bad(file, number, "surface and title must not be blank");
    }
    double score;
    try {
      score = Double.parseDouble(c[2].strip());
    } catch (NumberFormatException e) {
      throw bad(file, number, "score '" + c[2] + "' is not a number");
    }
    if (!(score > 0 && score <= 1)) {
      throw bad(file, number, "score " + c[2] + " is not in (0, 1]");
    }
    String type = c.length == 4 && !c[3].isBlank() ? c[3].strip() : null;
    if (type != null && !TYPES.contains(type)) {
      throw bad(file, number, "type '" + type + "' is not one of " + String.join(", ", TYPES.stream().sorted().toList()));
    }
    return new Row(surface, title, score, type);
  }

  private static IllegalArgumentException bad(Path file, int line, String message) {
    return new IllegalArgumentException(file + " line " + line + ": " + message);
  }
}
