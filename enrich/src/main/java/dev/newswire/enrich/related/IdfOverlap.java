package dev.newswire.enrich.related;

import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * How close two articles are by their salient entities: the weighted Jaccard (Ruzicka) similarity of
 * their {@code idf(entity) * salience} vectors,
 * <pre>
 *   score(A, B) = sum over shared e of idf(e) * min(sA(e), sB(e))
 *               / sum over e in A or B of idf(e) * max(sA(e), sB(e))
 * </pre>
 * in [0, 1], 1 for the same salient entities with the same salience. A rare shared entity (a
 * cosmodrome) weighs far more than a common one (the United States); an article that shares a few
 * entities with a 30-entity round-up scores low, because the round-up's other entities count too.
 */
final class IdfOverlap {

  private IdfOverlap() {}

  /**
   * Inverse document frequency of an entity in {@code articles} articles of which {@code df}
   * mention it: {@code ln(1 + articles / df)}, positive even for an entity in every article.
   */
  static double idf(long df, long articles) {
    return Math.log1p((double) Math.max(1, articles) / Math.max(1, df));
  }

  /** The weighted Jaccard similarity of two salience maps (entity id to salience). */
  static double score(Map<String, Double> a, Map<String, Double> b, ToDoubleFunction<String> idf) {
    double shared = 0.0;
    double union = 0.0;
    for (Map.Entry<String, Double> entry : a.entrySet()) {
      double weight = idf.applyAsDouble(entry.getKey());
      Double other = b.get(entry.getKey());
      if (other == null) {
        union += weight * entry.getValue();
      } else {
        shared += weight * Math.min(entry.getValue(), other);
        union += weight * Math.max(entry.getValue(), other);
      }
    }
    for (Map.Entry<String, Double> entry : b.entrySet()) {
      if (!a.containsKey(entry.getKey())) {
        union += idf.applyAsDouble(entry.getKey()) * entry.getValue();
      }
    }
    return union == 0.0 ? 0.0 : shared / union;
  }

  /** The norm of one side, {@code sum of idf(e) * s(e)}: no article scores above shared / norm(A). */
  static double norm(Map<String, Double> a, ToDoubleFunction<String> idf) {
    double norm = 0.0;
    for (Map.Entry<String, Double> entry : a.entrySet()) {
      norm += idf.applyAsDouble(entry.getKey()) * entry.getValue();
    }
    return norm;
  }
}
