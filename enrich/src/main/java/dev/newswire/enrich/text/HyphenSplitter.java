package dev.newswire.enrich.text;

import java.util.function.Predicate;

/**
 * Splits hyphenated compounds of two names for the NER models, keeping every offset: the hyphen
 * becomes a space, so the text keeps its length. In: one field's text and a test for "is a known name".
 * Out: the same text where two capitalised parts that are known names while the compound is not
 * ("DPRK-Russia", "US-China") are apart: the models tag neither part otherwise. A name with a modifier
 * ("Minneapolis-based", "pro-Western") stays whole: newswire annotation (CoNLL-2003) makes the compound
 * one MISC name, and splitting it cost 28 correct mentions on the CoNLL-2003 development set.
 * A compound that is itself a known name ("Guinea-Bissau", "Coca-Cola", "Kim Jong-un" with the word
 * before it) is left alone, and so are designations with digits ("Soyuz-2", "F-35").
 */
public final class HyphenSplitter {

  private HyphenSplitter() {}

  /** The text with the hyphens of name compounds replaced by spaces; same length as {@code text}. */
  public static String split(String text, Predicate<String> isKnownName) {
    char[] out = text.toCharArray();
    int i = 0;
    while (i < text.length()) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int end = compoundEnd(text, i);
      if (hasHyphen(text, i, end)) {
        splitCompound(text, i, end, isKnownName, out);
      }
      i = end;
    }
    return new String(out);
  }

  private static void splitCompound(String text, int start, int end, Predicate<String> isKnownName, char[] out) {
    Boolean wholeKnown = null;
    int partStart = start;
    for (int k = nextHyphen(text, start, end); k < end; k = nextHyphen(text, k + 1, end)) {
      String left = text.substring(partStart, k);
      String right = text.substring(k + 1, nextHyphen(text, k + 1, end));
      if (isNameSplit(left, right, isKnownName)) {
        if (wholeKnown == null) {
          String whole = text.substring(start, end);
          wholeKnown = isKnownName.test(whole) || isKnownName.test(withWordBefore(text, start, whole));
        }
        if (!wholeKnown) {
          out[k] = ' ';
        }
      }
      partStart = k + 1;
    }
  }

  static boolean isNameSplit(String left, String right, Predicate<String> isKnownName) {
    return startsUpper(left) && startsUpper(right) && isKnownName.test(left) && isKnownName.test(right);
  }

  /** "Jong-un" after "Kim ": the compound with the capitalised word before it, else the compound. */
  private static String withWordBefore(String text, int start, String whole) {
    if (start < 2 || text.charAt(start - 1) != ' ') {
      return whole;
    }
    int wordStart = start - 1;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String before = text.substring(wordStart, start - 1);
    return startsUpper(before) ? before + " " + whole : whole;
  }

  private static int compoundEnd(String text, int start) {
    int k = start;
    while (k < text.length() && (isWordChar(text.charAt(k))
        || (isHyphen(text.charAt(k)) && k + 1 < text.length() && isWordChar(text.charAt(k + 1)) && k > start))) {
      k++;
    }
    return k;
  }

  private static int nextHyphen(String text, int from, int end) {
    int k = from;
    while (k < end && !isHyphen(text.charAt(k))) {
      k++;
    }
    return k;
  }

  private static boolean hasHyphen(String text, int start, int end) {
    return nextHyphen(text, start, end) < end;
  }

  private static boolean startsUpper(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
        && word.chars().allMatch(Character::isLetter);
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }
}
