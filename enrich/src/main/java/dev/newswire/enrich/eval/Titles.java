package dev.newswire.enrich.eval;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Wikipedia titles in a comparable form, as the AIDA scorer compares them. */
final class Titles {

  private static final String WIKI_PREFIX = "https://en.wikipedia.org/wiki/";

  private Titles() {}

  /**
   * URL-decoded, the wiki URL prefix dropped, spaces and underscores folded into one underscore, the
   * first letter upper-cased; null for null or blank.
   */
  static String comparable(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String t = title.strip();
    if (t.startsWith(WIKI_PREFIX)) {
      t = t.substring(WIKI_PREFIX.length());
    }
    if (t.indexOf('%') >= 0) {
      try {
        t = URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        // not percent-encoded after all: compare as written
      }
    }
    t = t.replace(' ', '_').replaceAll("_+", "_");
    return t.isEmpty() ? null : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
  }
}
