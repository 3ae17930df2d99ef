package dev.newswire.enrich;

import dev.newswire.enrich.errors.Reasons;
import dev.newswire.enrich.errors.RejectedArticleException;
import dev.newswire.schemas.NewsArticle;
import java.util.Locale;

/**
 * What enrich requires of a raw article before any NER runs, each breach a {@link RejectedArticleException}
 * with its dead-letter reason: a body with some visible text (EMPTY_ARTICLE; no-break spaces count
 * as blank), at most {@link #MAX_TEXT_CHARS} chars of text (TOO_LARGE), and no control characters
 * other than tab, line feed, form feed and carriage return in headline, standfirst or body
 * (INVALID_TEXT): ingest never writes them, and NUL or bell in an enriched article breaks the
 * databases and XML feeds downstream.
 */
final class ArticleChecks {

  /**
   * Longest text (headline, standfirst and body, in chars) enrich takes: ingest's 1 MiB article limit.
   * A longer article that reached the raw topic some other way would hold a stream thread for minutes
   * of NER; it goes to the dead-letter topic instead.
   */
  static final int MAX_TEXT_CHARS = 1024 * 1024;

  private ArticleChecks() {}

  static void check(NewsArticle article) {
    if (isBlank(article.getBody())) {
      throw new RejectedArticleException(Reasons.EMPTY_ARTICLE, "article " + article.getId() + " has an empty body");
    }
    long chars = (long) article.getBody().length() + article.getHeadline().length()
        + (article.getStandfirst() == null ? 0 : article.getStandfirst().length());
    if (chars > MAX_TEXT_CHARS) {
      throw new RejectedArticleException(Reasons.TOO_LARGE, "article " + article.getId() + " has " + chars
          + " chars of text, more than the " + MAX_TEXT_CHARS + " enrich takes");
    }
    requirePrintable(article, "headline", article.getHeadline());
    requirePrintable(article, "standfirst", article.getStandfirst());
    requirePrintable(article, "body", article.getBody());
  }

  private static boolean isBlank(String text) {
    return text == null
        || text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  private static void requirePrintable(NewsArticle article, String field, String text) {
    if (text == null) {
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isForbiddenControl(c)) {
        throw new RejectedArticleException(Reasons.INVALID_TEXT, String.format(Locale.ROOT,
            "article %s has the control character U+%04X in its %s at index %d", article.getId(), (int) c, field, i));
      }
    }
  }

  private static boolean isForbiddenControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F;
  }
}
