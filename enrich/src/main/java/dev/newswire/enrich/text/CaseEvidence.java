package dev.newswire.enrich.text;

import java.util.HashSet;
import java.util.Set;

/**
 * What the running text says about the case of words: which words are written with a capital in the
 * middle of a sentence (so their capital is not just the sentence's). In: standfirst and body text.
 * Out: lookups by the word as written.
 */
final class CaseEvidence {

  private final Set<String> midSentenceCapitals;

  private CaseEvidence(Set<String> midSentenceCapitals) {
    this.midSentenceCapitals = midSentenceCapitals;
  }

  static CaseEvidence of(String text) {
    Set<String> capitals = new HashSet<>();
    for (Word word : Word.all(text)) {
      if (word.isCapitalised() && !startsSentence(text, word.start())) {
        capitals.add(word.text());
      }
    }
    return new CaseEvidence(capitals);
  }

  boolean capitalisedMidSentence(String word) {
    return midSentenceCapitals.contains(word);
  }

  /** True at the start of the text, of a line, or after end punctuation and any quotes or brackets. */
  static boolean startsSentence(String text, int at) {
    int k = at - 1;
    while (k >= 0 && (text.charAt(k) == ' ' || "\"'“‘([«".indexOf(text.charAt(k)) >= 0)) {
      k--;
    }
    return k < 0 || ".!?:\n\r…".indexOf(text.charAt(k)) >= 0;
  }
}
