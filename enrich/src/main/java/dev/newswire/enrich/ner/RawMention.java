package dev.newswire.enrich.ner;

import java.util.Objects;

/**
 * One name found by a {@link NerEngine} in one text field of an article.
 *
 * @param field which text the offsets point into: {@code headline}, {@code standfirst} or {@code body}
 * @param start start offset (UTF-16 code units, inclusive) into that field's text
 * @param end end offset (exclusive); {@code fieldText.substring(start, end)} equals {@code text}
 * @param text the mention as it stands in the text
 * @param label the engine's own label (CoreNLP: PERSON, ORGANIZATION, LOCATION, MISC, ...)
 * @param scores how strongly the taggers hold it to be each name type ({@link TypeScores#NONE} when unscored)
 */
public record RawMention(String field, int start, int end, String text, String label, TypeScores scores) {

  /** A mention no tagger scored. */
  public RawMention(String field, int start, int end, String text, String label) {
    this(field, start, end, text, label, TypeScores.NONE);
  }

  public RawMention {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(label, "label");
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "bad offsets " + start + ".." + end + " for '" + text + "' in " + field);
    }
  }

  /** The same mention with another span of the same field. */
  public RawMention withSpan(int newStart, int newEnd, String fieldText) {
    return new RawMention(field, newStart, newEnd, fieldText.substring(newStart, newEnd), label, scores);
  }

  /** The same mention with another label. */
  public RawMention withLabel(String newLabel) {
    return new RawMention(field, start, end, text, newLabel, scores);
  }
}
