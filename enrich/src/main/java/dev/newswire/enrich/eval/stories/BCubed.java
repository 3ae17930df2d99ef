package dev.newswire.enrich.eval.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision and recall of a clustering (Bagga and Baldwin 1998): per item, the share of its
 * predicted cluster that is in its gold cluster (precision) and the share of its gold cluster that is
 * in its predicted cluster (recall), averaged over the items. Every item counts once, singletons
 * included; 0 for no items.
 */
public record BCubed(double precision, double recall) {

  public double f1() {
    return precision + recall == 0.0 ? 0.0 : 2 * precision * recall / (precision + recall);
  }

  /**
   * Scores {@code predicted} against {@code gold} (item to cluster id) over the items of {@code gold};
   * an item {@code predicted} leaves out is a singleton there.
   */
  public static BCubed score(Map<String, String> predicted, Map<String, String> gold) {
    if (gold.isEmpty()) {
      return new BCubed(0.0, 0.0);
    }
    Map<String, String> guessed = new HashMap<>();
    gold.keySet().forEach(item -> guessed.put(item, predicted.getOrDefault(item, "\u0000" + item)));
    Map<String, Integer> goldSizes = sizes(gold);
    Map<String, Integer> guessedSizes = sizes(guessed);
    Map<List<String>, Integer> overlaps = new HashMap<>();
    gold.forEach((item, cluster) -> overlaps.merge(List.of(guessed.get(item), cluster), 1, Integer::sum));
    double precision = 0.0;
    double recall = 0.0;
    for (Map.Entry<String, String> item : gold.entrySet()) {
      String mine = guessed.get(item.getKey());
      int both = overlaps.get(List.of(mine, item.getValue()));
      precision += (double) both / guessedSizes.get(mine);
      recall += (double) both / goldSizes.get(item.getValue());
    }
    return new BCubed(precision / gold.size(), recall / gold.size());
  }

  private static Map<String, Integer> sizes(Map<String, String> clusters) {
    Map<String, Integer> sizes = new HashMap<>();
    clusters.values().forEach(cluster -> sizes.merge(cluster, 1, Integer::sum));
    return sizes;
  }
}
