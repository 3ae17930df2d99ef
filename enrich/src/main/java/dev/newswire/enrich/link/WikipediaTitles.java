package dev.newswire.enrich.link;

import java.util.Locale;

/** Words of an English Wikipedia title ("Aston_Villa_F.C.", "Sputnik_(news_agency)"). */
public final class WikipediaTitles {

  private WikipediaTitles() {}

  /**
   * The last word of the title without its parenthetical, lower case: "f.c." for "Aston_Villa_F.C.",
   * "sputnik" for "Sputnik_(news_agency)"; empty for a blank title.
   */
  public static String headWord(String title) {
    String text = title.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
    if (text.contains("(")) {
      text = text.substring(0, text.indexOf('(')).strip();
    }
    String[] words = text.split("[\\s,]+");
    return words.length == 0 ? "" : words[words.length - 1];
  }
}
