package dev.newswire.enrich.ner;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name comparison helpers: case-insensitive, whitespace-normalised, token by token. */
public final class Names {

  /** Compiled once: these run inside comparators, thousands of times an article. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Names() {}

  /** Lower case ({@link Locale#ROOT}), runs of whitespace as one space, trimmed. */
  public static String normalize(String name) {
    return display(name).toLowerCase(Locale.ROOT);
  }

  /** Whitespace runs as one space, trimmed, case kept: the form a name is shown in. */
  public static String display(String name) {
    return WHITESPACE.matcher(name.strip()).replaceAll(" ");
  }

  /** The normalised tokens of a name; empty for a blank name. */
  public static List<String> tokens(String name) {
    String normalized = normalize(name);
    return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
  }

  /** Index of {@code inner} as a contiguous run inside {@code outer}, or -1. */
  public static int indexOf(List<String> outer, List<String> inner) {
    if (inner.isEmpty()) {
      return -1;
    }
    for (int i = 0; i + inner.size() <= outer.size(); i++) {
      if (outer.subList(i, i + inner.size()).equals(inner)) {
        return i;
      }
    }
    return -1;
  }

  /** True when every token of {@code inner} occurs in {@code outer}, in the same order. */
  public static boolean isSubsequence(List<String> inner, List<String> outer) {
    int next = 0;
    for (String token : outer) {
      if (next < inner.size() && inner.get(next).equals(token)) {
        next++;
      }
    }
    return !inner.isEmpty() && next == inner.size();
  }
}
