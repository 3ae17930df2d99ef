package dev.newswire.enrich.entity;

/** Whether two words are at most one edit apart: one substitution, insertion, deletion or transposition. */
final class EditDistance {

  private EditDistance() {}

  static boolean atMostOne(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1)) || isTransposition(a, b, i);
    }
    return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
  }

  private static boolean isTransposition(String a, String b, int i) {
    return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
        && a.substring(i + 2).equals(b.substring(i + 2));
  }
}
