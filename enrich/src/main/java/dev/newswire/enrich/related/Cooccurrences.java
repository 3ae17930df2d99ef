package dev.newswire.enrich.related;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * For one entity, how many articles of the window mention it together with each other entity, for at
 * most a cap of partners. When the map is full, a new partner takes the place of a partner seen only
 * once (the one with the greatest id, so every run drops the same one); partners seen twice or more
 * keep their place until their articles expire. Immutable.
 */
final class Cooccurrences {

  static final Cooccurrences EMPTY = new Cooccurrences(new TreeMap<>());

  private final TreeMap<String, Integer> counts;

  private Cooccurrences(TreeMap<String, Integer> owned) {
    this.counts = owned;
  }

  static Cooccurrences of(Map<String, Integer> counts) {
    return new Cooccurrences(new TreeMap<>(counts));
  }

  /** Takes {@code counts} over without a copy; the caller must not change it afterwards. */
  static Cooccurrences owning(TreeMap<String, Integer> counts) {
    return new Cooccurrences(counts);
  }

  /** Partner id to count, by id. */
  SortedMap<String, Integer> counts() {
    return Collections.unmodifiableSortedMap(counts);
  }

  /**
   * One more article with each of {@code partners}; a new partner that finds the map full of partners
   * seen twice is not counted.
   */
  Cooccurrences plus(Collection<String> partners, int cap) {
    TreeMap<String, Integer> next = new TreeMap<>(counts);
    for (String partner : partners) {
      Integer count = next.get(partner);
      if (count != null) {
        next.put(partner, count + 1);
        continue;
      }
      if (next.size() >= cap) {
        String evicted = onceSeenWithGreatestId(next);
        if (evicted == null) {
          continue;
        }
        next.remove(evicted);
      }
      next.put(partner, 1);
    }
    return new Cooccurrences(next);
  }

  /** One article fewer with each of {@code partners}; a partner goes at zero. */
  Cooccurrences minus(Collection<String> partners) {
    TreeMap<String, Integer> next = new TreeMap<>(counts);
    for (String partner : partners) {
      next.computeIfPresent(partner, (id, count) -> count <= 1 ? null : count - 1);
    }
    return new Cooccurrences(next);
  }

  int count(String partner) {
    return counts.getOrDefault(partner, 0);
  }

  /** Partners seen at least {@code minCount} times, most frequent first (ties by id), at most {@code limit}. */
  List<Map.Entry<String, Integer>> frequent(int minCount, int limit) {
    List<Map.Entry<String, Integer>> frequent = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (entry.getValue() >= minCount) {
        frequent.add(Map.entry(entry.getKey(), entry.getValue()));
      }
    }
    frequent.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    return frequent.size() > limit ? frequent.subList(0, limit) : frequent;
  }

  boolean isEmpty() {
    return counts.isEmpty();
  }

  int size() {
    return counts.size();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cooccurrences that && counts.equals(that.counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  @Override
  public String toString() {
    return "Cooccurrences" + counts;
  }

  private static String onceSeenWithGreatestId(TreeMap<String, Integer> counts) {
    for (Map.Entry<String, Integer> entry : counts.descendingMap().entrySet()) {
      if (entry.getValue() <= 1) {
        return entry.getKey();
      }
    }
    return null;
  }
}
