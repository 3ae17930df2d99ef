package dev.newswire.enrich.text;

import java.util.ArrayList;
import java.util.List;

/** A run of letters in a text, with its offsets: the unit that case decisions are made on. */
record Word(String text, int start, int end) {

  /** Every maximal run of letters in {@code text}, in order. */
  static List<Word> all(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      words.add(new Word(text.substring(start, i), start, i));
    }
    return words;
  }

  boolean isCapitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  /** Two or more letters, all upper case. */
  boolean isAllCaps() {
    return text.length() > 1 && text.chars().allMatch(Character::isUpperCase);
  }
}
