package dev.newswire.ingest.format.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding the article text of a cleaned page: the first of
 * {@code [itemprop=articleBody]}, {@code article}, {@code main}, {@code [role=main]} and common
 * article-body classes that has paragraph text; else the element whose own {@code <p>} children hold
 * the most text; else the body. Null only when the page has no text at all.
 */
final class MainContent {

  private static final String[] CANDIDATES = {"[itemprop=articleBody]", ".article-body", ".article__body",
      ".story-body", ".entry-content", ".post-content", "article", "main", "[role=main]"};

  Element find(Document page) {
    for (String selector : CANDIDATES) {
      Element candidate = page.selectFirst(selector);
      if (candidate != null && !candidate.select("p").text().isBlank()) {
        return candidate;
      }
    }
    Element best = null;
    int bestLength = 0;
    for (Element paragraph : page.select("p")) {
      Element parent = paragraph.parent();
      if (parent == null) {
        continue;
      }
      int length = parent.children().select("> p").text().length();
      if (length > bestLength) {
        best = parent;
        bestLength = length;
      }
    }
    if (best != null) {
      return best;
    }
    Element body = page.body();
    return body == null || body.text().isBlank() ? null : body;
  }
}
