package dev.newswire.ingest.format.wire;

import dev.newswire.ingest.format.text.LineBreaks;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The top of a wire-copy text split into its parts: section, headline, standfirst, source, byline and
 * the remaining (still uncleaned) body lines. See {@link WireTextFormat} for the layout. Fields are null
 * when absent; {@code headline} is null only for text without any non-blank line.
 */
record WireLayout(String section, String headline, String standfirst, String source, String byline,
    List<String> bodyLines) {

  private static final Pattern SPACES = Pattern.compile("\\h+");
  private static final int MAX_SECTION_WORDS = 3;

  static WireLayout read(String text) {
    List<String> lines = normalisedLines(text);
    int first = nextNonBlank(lines, 0);
    if (first >= lines.size()) {
      return new WireLayout(null, null, null, null, null, List.of());
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

  /**
   * Finds the credit lines (a source line, a "By" byline, or both in either order) among the first
   * paragraphs; a standfirst exists only before them.
   */
  private static WireLayout split(String section, String headline, List<String> rest) {
    for (int at = 0; at <= 1; at++) {
      int credits = creditsAt(rest, at);
      if (credits > 0) {
        String source = null;
        String byline = null;
        for (String line : rest.subList(at, at + credits)) {
          if (LineShapes.isByline(line)) {
            byline = line;
          } else {
            source = line;
          }
        }
        return new WireLayout(section, headline, at == 1 ? rest.get(0) : null, source, byline,
            rest.subList(at + credits, rest.size()));
      }
    }
    return new WireLayout(section, headline, null, null, null, rest);
  }

  /** How many credit lines (at most one source line and one byline) start at {@code index}, with body after them. */
  private static int creditsAt(List<String> paragraphs, int index) {
    boolean source = false;
    boolean byline = false;
    int i = index;
    while (i + 1 < paragraphs.size()) {
      String line = paragraphs.get(i);
      if (!byline && LineShapes.isByline(line)) {
        byline = true;
      } else if (!source && isSource(paragraphs, i)) {
        source = true;
      } else {
        break;
      }
      i++;
    }
    return i - index;
  }

  /** A source line; a short line followed by another story's headline is a teaser instead. */
  private static boolean isSource(List<String> paragraphs, int index) {
    return LineShapes.isSourceLine(paragraphs.get(index)) && !LineShapes.isByline(paragraphs.get(index))
        && !LineShapes.isTeaserHeadline(paragraphs.get(index + 1));
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
