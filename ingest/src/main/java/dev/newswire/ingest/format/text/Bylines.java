package dev.newswire.ingest.format.text;

import java.util.regex.Pattern;

/**
 * Cleans a byline to the author's name: whitespace on one line, a leading "By" (or its French,
 * German, Spanish, Dutch, Swedish or Polish equivalent) and trailing punctuation removed.
 * Null or blank gives null.
 */
public final class Bylines {

  private static final Pattern PREFIX = Pattern.compile("^(?iu)(by|par|von|por|door|av|przez)\\s+");
  private static final Pattern TRAILING = Pattern.compile("[\\s,;:|]+$");

  private Bylines() {}

  public static String clean(String byline) {
    String line = ParagraphText.oneLine(byline);
    if (line == null) {
      return null;
    }
    String name = TRAILING.matcher(PREFIX.matcher(line).replaceFirst("")).replaceFirst("").strip();
    return name.isEmpty() ? null : name;
  }
}
