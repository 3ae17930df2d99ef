package dev.newswire.enrich.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a {@link NerEngine} over each text field of an article and keeps the mentions that are names:
 * no pronouns or dates ({@link MentionFilter}), spans completed from longer names in the article
 * ({@link NameSpanExtender}), headline mentions only when confirmed by the text
 * ({@link HeadlineMentionRule}). Result: mentions in reading order, none inside another.
 */
public final class ArticleNer {

  private final NerEngine engine;

  public ArticleNer(NerEngine engine) {
    this.engine = engine;
  }

  public List<RawMention> mentions(ArticleText text) {
    List<RawMention> found = new ArrayList<>();
    for (String field : text.fieldNames()) {
      String fieldText = text.text(field);
      if (!fieldText.isBlank()) {
        for (RawMention mention : engine.recognize(field, fieldText)) {
          checkOffsets(mention, field, fieldText);
          if (MentionFilter.isName(mention)) {
            found.add(mention);
          }
        }
      }
    }
    List<RawMention> selected = HeadlineMentionRule.apply(NameSpanExtender.extend(found, text));
    return inReadingOrder(selected, text);
  }

  public NerEngine engine() {
    return engine;
  }

  private static void checkOffsets(RawMention mention, String field, String fieldText) {
    if (!mention.field().equals(field) || mention.end() > fieldText.length()
        || !fieldText.substring(mention.start(), mention.end()).equals(mention.text())) {
      throw new IllegalStateException("NER engine returned a mention whose offsets do not match its text: "
          + mention);
    }
  }

  /** Sorted by position; a mention inside another one's span (after widening) is dropped. */
  private static List<RawMention> inReadingOrder(List<RawMention> mentions, ArticleText text) {
    List<RawMention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt((RawMention m) -> text.globalOffset(m.field(), m.start()))
        .thenComparingInt(m -> -m.end()));
    List<RawMention> kept = new ArrayList<>(sorted.size());
    for (RawMention mention : sorted) {
      RawMention last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      boolean inside = last != null && last.field().equals(mention.field())
          && mention.start() >= last.start() && mention.end() <= last.end();
      if (!inside) {
        kept.add(mention);
      }
    }
    return kept;
  }
}
