package dev.newswire.enrich.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/** Whether a sentence is written in capitals only (a wire headline, a results line). */
final class LineCase {

  /** At least this many capitals make a line that could be in capitals at all. */
  static final int MIN_CAPITALS = 3;

  private LineCase() {}

  /** True when the tokens hold at least {@link #MIN_CAPITALS} capitals and fewer than one lower-case letter per ten. */
  static boolean isAllCaps(List<CoreLabel> tokens) {
    int upper = 0;
    int lower = 0;
    for (CoreLabel token : tokens) {
      String word = token.word();
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (Character.isUpperCase(c)) {
          upper++;
        } else if (Character.isLowerCase(c)) {
          lower++;
        }
      }
    }
    return upper >= MIN_CAPITALS && lower * 10 < upper;
  }
}
