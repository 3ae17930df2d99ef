package dev.newswire.ingest.format.wire;

import dev.newswire.ingest.format.text.LineBreaks;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The top of a wire-copy text split into its parts: section, headline, standfirst, source and the
 * remaining (still uncleaned) body lines. See {@link WireTextFormat} for the layout. Fields are null
 * when absent; {@code headline} is null only for text without any non-blank line.
 */
record WireLayout(String section, String headline, String standfirst, String source, List<String> bodyLines) {

  private static final Pattern SPACES = Pattern.compile("\\h+");
  private static final int MAX_SECTION_WORDS = 3;

  static WireLayout read(String text) {
    List<String> lines = normalisedLines(text);
    int first = nextNonBlank(lines, 0);
    if (first >= lines.size()) {
      return new WireLayout(null, null, null, null, List.of());
    }
    int second = nextNonBlank(lines, first + 1);
    boolean sectioned = second < lines.size() && second > first + 1
        && LineShapes.isLabel(lines.get(first), MAX_SECTION_WORDS)
        && LineShapes.isHeadline(lines.get(second));
    int headlineAt = sectioned ? second : first;
    String section = sectioned ? lines.get(first) : null;
    List<String> rest = nonBlank(lines.subList(headlineAt + 1, lines.size()));
    return split(section, lines.get(headlineAt), rest);
  }

  /** Finds the source line among the first two paragraphs; a standfirst exists only before one. */
  private static WireLayout split(String section, String headline, List<String> rest) {
    if (isSource(rest, 0)) {
      return new WireLayout(section, headline, null, rest.get(0), rest.subList(1, rest.size()));
    }
    if (isSource(rest, 1)) {
      return new WireLayout(section, headline, rest.get(0), rest.get(1), rest.subList(2, rest.size()));
    }
    return new WireLayout(section, headline, null, null, rest);
  }

  /** A source line with body after it; a short line followed by a title-case line is a teaser instead. */
  private static boolean isSource(List<String> paragraphs, int index) {
    if (index + 1 >= paragraphs.size() || !LineShapes.isSourceLine(paragraphs.get(index))) {
      return false;
    }
    return !LineShapes.isTitleCaseHeadline(paragraphs.get(index + 1));
  }

  private static List<String> normalisedLines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : LineBreaks.split(text)) {
      lines.add(SPACES.matcher(line).replaceAll(" ").strip());
    }
    return lines;
  }

  private static int nextNonBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isEmpty()) {
      i++;
    }
    return i;
  }

  private static List<String> nonBlank(List<String> lines) {
    return lines.stream().filter(line -> !line.isEmpty()).toList();
  }
}
