package dev.newswire.ingest.format.wire;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges the shape of one trimmed line of wire copy: label, headline, teaser headline, source line,
 * byline, page furniture.
 * Shapes only, never known words of one article; the furniture list is the one vocabulary here.
 */
final class LineShapes {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final int MAX_LABEL_CHARS = 30;
  private static final int MAX_SOURCE_WORDS = 4;
  private static final int MAX_SOURCE_CHARS = 40;
  private static final int MAX_HEADLINE_CHARS = 250;
  private static final int MAX_BYLINE_CHARS = 80;
  private static final int MIN_TEASER_WORDS = 3;
  private static final int MAX_TEASER_WORDS = 30;
  /** "By Maria Lopez", "By J. R. Smith and Ana de la Cruz": "By" and a few names, nothing after them. */
  private static final Pattern BYLINE = Pattern.compile(
      "By (?:(?:and|&|de|da|del|der|la|le|van|von) )*\\p{Lu}[\\p{L}.'\u2019-]*"
          + "(?:,? (?:(?:and|&|de|da|del|der|la|le|van|von) )*\\p{Lu}[\\p{L}.'\u2019-]*){0,7}");

  /** Whole lines that belong to the page around an article, never to its text. */
  private static final Set<String> FURNITURE = Set.of(
      "discuss", "share", "share this", "share this article", "comments", "comment", "show comments",
      "view comments", "read more", "more", "related", "related articles", "related stories",
      "advertisement", "subscribe", "sign up", "tweet", "print", "email", "follow us", "back to top",
      "most read", "recommended", "top stories", "tags");

  private LineShapes() {}

  static int words(String line) {
    return line.isEmpty() ? 0 : WHITESPACE.split(line).length;
  }

  /**
   * A section name or teaser label: "World", "Analysis", "Middle East". Starts with a capital letter,
   * at most {@code maxWords} words, short, no punctuation at the end.
   */
  static boolean isLabel(String line, int maxWords) {
    return !line.isEmpty()
        && line.length() <= MAX_LABEL_CHARS
        && words(line) <= maxWords
        && Character.isUpperCase(line.codePointAt(0))
        && !endsWithPunctuation(line)
        && !isFurniture(line);
  }

  /** Could be a headline: not too long and not ending with a full stop or an ellipsis. */
  static boolean isHeadline(String line) {
    return !line.isEmpty() && line.length() <= MAX_HEADLINE_CHARS && !endsWithFullStop(line);
  }

  /**
   * Another story's headline inside a teaser: a headline of a few words, most of whose longer words
   * start with a capital letter ("Putin Face-to-Face, Soyuz-2 & Ballet: Kim Jong Un's 'Big Agenda'").
   */
  static boolean isTitleCaseHeadline(String line) {
    int words = words(line);
    return isHeadline(line) && words >= MIN_TEASER_WORDS && words <= MAX_TEASER_WORDS
        && mostlyCapitalised(line);
  }

  /**
   * Another story's headline as a teaser shows it: a title-case headline that is not a byline ("By
   * Maria Lopez") and carries no date (no dateline such as "GENEVA, Switzerland 2024-05-02", no full date).
   */
  static boolean isTeaserHeadline(String line) {
    return isTitleCaseHeadline(line) && !isByline(line) && !Datelines.isDated(line);
  }

  /** A byline: "By" and one or more capitalised names ("By Maria Lopez"), nothing else. */
  static boolean isByline(String line) {
    return line.length() <= MAX_BYLINE_CHARS && BYLINE.matcher(line).matches();
  }

  /** A credit such as "Sputnik" or "Associated Press": a few capitalised words, no punctuation at all. */
  static boolean isSourceLine(String line) {
    if (line.isEmpty() || line.length() > MAX_SOURCE_CHARS || words(line) > MAX_SOURCE_WORDS
        || !Character.isUpperCase(line.codePointAt(0)) || isFurniture(line)) {
      return false;
    }
    return line.chars().noneMatch(c -> ".,;:!?\"“”()".indexOf(c) >= 0);
  }

  static boolean isFurniture(String line) {
    String plain = line.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+$", "").strip();
    return FURNITURE.contains(plain);
  }

  private static boolean endsWithPunctuation(String line) {
    int last = line.codePointBefore(line.length());
    return !Character.isLetterOrDigit(last);
  }

  /** Ends with . or …, or with a closing quote or bracket right after one of them. */
  private static boolean endsWithFullStop(String line) {
    String trimmed = line;
    while (!trimmed.isEmpty() && "\"'”’)]".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return !trimmed.isEmpty() && ".…".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
  }

  /** At least seven in ten words of four or more letters start with a capital (or a digit). */
  private static boolean mostlyCapitalised(String line) {
    int significant = 0;
    int capitalised = 0;
    for (String word : WHITESPACE.split(line)) {
      String core = word.replaceAll("^[^\\p{L}\\p{N}]+", "");
      if (core.length() < 4) {
        continue;
      }
      significant++;
      int first = core.codePointAt(0);
      if (Character.isUpperCase(first) || Character.isDigit(first)) {
        capitalised++;
      }
    }
    return significant >= 2 && capitalised * 10 >= significant * 7;
  }
}
