package dev.newswire.enrich.text;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Prepares article text for the NER models without moving any character: every change keeps the
 * length, so offsets found in the prepared text point at the same characters of the original. In:
 * a field's text; out: its prepared form. Running text gets its name compounds split
 * ({@link HyphenSplitter}); a headline also loses the capitals that only its style gives it
 * ({@link HeadlineCaser}). Sentence breaks at newlines are the NER engine's own setting.
 *
 * @param isKnownName true for a surface the knowledge base or the overrides know
 * @param isCuratedName true for a surface the override tables know (names, not common words)
 */
public record TextPreparer(Predicate<String> isKnownName, Predicate<String> isCuratedName) {

  /** A preparer that knows no names: only suffix compounds are split, headlines keep text evidence. */
  public static final TextPreparer WITHOUT_NAMES = new TextPreparer(s -> false, s -> false);

  public TextPreparer {
    Objects.requireNonNull(isKnownName, "isKnownName");
    Objects.requireNonNull(isCuratedName, "isCuratedName");
  }

  /** Standfirst or body text. */
  public String running(String text) {
    return HyphenSplitter.split(text, isKnownName);
  }

  /** A headline, judged against the article's other text (standfirst and body). */
  public String headline(String headline, String otherText) {
    return HeadlineCaser.neutralise(HyphenSplitter.split(headline, isKnownName), otherText, isCuratedName);
  }
}
