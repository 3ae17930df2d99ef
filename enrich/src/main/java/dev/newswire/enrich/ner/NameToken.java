package dev.newswire.enrich.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * A word of running text as the gazetteer sees it: letters and digits with inner hyphens, dots,
 * apostrophes or ampersands ("Soyuz-2", "U.S.", "AT&T"), without a trailing possessive or dot.
 */
record NameToken(String text, int start, int end) {

  static List<NameToken> all(String text) {
    List<NameToken> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || isInner(text, i))) {
        i++;
      }
      if (i < text.length() && text.charAt(i) == '.' && text.substring(start, i).contains(".")) {
        i++; // the last dot of an abbreviation ("U.S.")
      }
      int end = trimEnd(text, start, i);
      tokens.add(new NameToken(text.substring(start, end), start, end));
    }
    return tokens;
  }

  /** Starts with a capital letter, or is a designation made of capitals and digits. */
  boolean isCapitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  /** Letters and digits joined by a hyphen, as in model designations ("Soyuz-2", "Su-57"). */
  boolean isDesignation() {
    int hyphen = text.indexOf('-');
    return hyphen > 0 && text.chars().anyMatch(Character::isDigit) && text.chars().anyMatch(Character::isLetter);
  }

  private static boolean isInner(String text, int i) {
    char c = text.charAt(i);
    boolean joiner = c == '-' || c == '\u2010' || c == '\u2011' || c == '.' || c == '\'' || c == '\u2019' || c == '&';
    return joiner && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static int trimEnd(String text, int start, int end) {
    int e = end;
    String token = text.substring(start, e);
    if (token.endsWith("'s") || token.endsWith("\u2019s")) {
      e -= 2;
    }
    return Math.max(start + 1, e);
  }
}
