package dev.newswire.ingest.format.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Line breaks as {@code \R} defines them ({@code \r\n}, {@code \n}, {@code \r}, VT, FF, NEL, LS, PS),
 * handled in one pass over the text. {@code text.split("\\R")} and {@code replaceAll("\\R", "\n")}
 * cost more than the rest of ingest together on a 6 KB article (profiled); these do the same work
 * without the regex engine.
 */
public final class LineBreaks {

  private LineBreaks() {}

  /** The lines of {@code text}; like {@code split("\\R", -1)}: trailing empty lines are kept. */
  public static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (isBreak(c)) {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }

  /** {@code text} with every line break as {@code "\n"}; the same instance when it has no other kind. */
  public static String toNewlines(String text) {
    int first = firstOtherBreak(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, first);
    int length = text.length();
    for (int i = first; i < length; i++) {
      char c = text.charAt(i);
      if (isBreak(c)) {
        out.append('\n');
        if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int firstOtherBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && isBreak(c)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
        || c == '\u2029';
  }
}
