package dev.newswire.enrich.related;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** {@link IdfOverlap#idf} of entities against the window as it is now, each looked up once. */
final class Idf implements ToDoubleFunction<String> {

  private final RelatedIndex index;
  private final long articles;
  private final Map<String, Double> known = new HashMap<>();

  Idf(RelatedIndex index) {
    this.index = index;
    this.articles = index.articleCount();
  }

  @Override
  public double applyAsDouble(String entityId) {
    return known.computeIfAbsent(entityId, id -> IdfOverlap.idf(index.documentFrequency(id), articles));
  }
}
