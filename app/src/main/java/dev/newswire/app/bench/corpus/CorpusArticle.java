package dev.newswire.app.bench.corpus;

import java.util.Objects;

/**
 * One generated bench article: what ingest reads (as a JSON object) and what NER runs over.
 *
 * @param id the source id, unique within a corpus
 * @param section a section label
 * @param headline the headline
 * @param standfirst a one-paragraph summary, or null
 * @param body paragraphs joined by {@code "\n"}
 * @param words whitespace-separated words of the body
 */
public record CorpusArticle(String id, String section, String headline, String standfirst, String body, int words) {

  public CorpusArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(body, "body");
  }

  /** The same article under another source id (ingest derives the article id from it). */
  public CorpusArticle withId(String newId) {
    return new CorpusArticle(newId, section, headline, standfirst, body, words);
  }

  /** Whitespace-separated words of a text. */
  public static int countWords(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
