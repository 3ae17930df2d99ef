package dev.newswire.enrich.ner;

import dev.newswire.schemas.NewsArticle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text fields of one article that NER reads, in reading order: headline, standfirst, body, and
 * last the source line (the publisher's name, e.g. a news agency named only in the page's source line).
 * Absent text fields are empty strings, so offsets of every field are well defined; the source line
 * is a field only when the article has one.
 */
public final class ArticleText {

  public static final String HEADLINE = "headline";
  public static final String STANDFIRST = "standfirst";
  public static final String BODY = "body";
  public static final String SOURCE = "source";

  private final Map<String, String> fields;

  private ArticleText(Map<String, String> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  public static ArticleText of(String headline, String standfirst, String body) {
    return of(headline, standfirst, body, null);
  }

  public static ArticleText of(String headline, String standfirst, String body, String source) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(HEADLINE, headline == null ? "" : headline);
    fields.put(STANDFIRST, standfirst == null ? "" : standfirst);
    fields.put(BODY, body == null ? "" : body);
    if (source != null && !source.isBlank()) {
      fields.put(SOURCE, source);
    }
    return new ArticleText(fields);
  }

  public static ArticleText of(NewsArticle article) {
    return of(article.getHeadline(), article.getStandfirst(), article.getBody(), article.getSource());
  }

  /** Field names in reading order. */
  public List<String> fieldNames() {
    return new ArrayList<>(fields.keySet());
  }

  /** The text of one field; empty when the article has none. */
  public String text(String field) {
    String text = fields.get(field);
    if (text == null) {
      throw new IllegalArgumentException("unknown field '" + field + "'");
    }
    return text;
  }

  /** Position of a field offset in the whole article (fields joined by one separator), for ordering. */
  public int globalOffset(String field, int offset) {
    int base = 0;
    for (Map.Entry<String, String> entry : fields.entrySet()) {
      if (entry.getKey().equals(field)) {
        return base + offset;
      }
      base += entry.getValue().length() + 1;
    }
    throw new IllegalArgumentException("unknown field '" + field + "'");
  }

  /** Length of all fields joined by one separator. */
  public int totalLength() {
    int total = 0;
    for (String text : fields.values()) {
      total += text.length() + 1;
    }
    return Math.max(1, total - 1);
  }
}
