package dev.newswire.enrich.eval.stories;

import dev.newswire.enrich.eval.Counts;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Two articles, unordered: {@code first} sorts before {@code second}. A related link from a later
 * article to an earlier one and a link the other way are the same pair, so a pair is found whichever
 * of the two articles names the other.
 */
public record Pair(String first, String second) {

  public Pair {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (first.compareTo(second) >= 0) {
      throw new IllegalArgumentException("a pair is two different ids in order: " + first + ", " + second);
    }
  }

  /** The pair of {@code a} and {@code b} in either order. */
  public static Pair of(String a, String b) {
    return a.compareTo(b) < 0 ? new Pair(a, b) : new Pair(b, a);
  }

  /** True positives (in both), false positives (predicted only) and false negatives (gold only). */
  public static Counts score(Collection<Pair> predicted, Collection<Pair> gold) {
    Set<Pair> found = new HashSet<>(predicted);
    Set<Pair> expected = new HashSet<>(gold);
    int truePositives = (int) found.stream().filter(expected::contains).count();
    return new Counts(truePositives, found.size() - truePositives,
        expected.size() - truePositives);
  }
}
