package dev.newswire.enrich.related;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/** {@link IdfOverlap#idf} of keys (entities or terms) against a window as it is now, each looked up once. */
final class Idf implements ToDoubleFunction<String> {

  private final ToLongFunction<String> documentFrequency;
  private final long articles;
  private final Map<String, Double> known = new HashMap<>();

  Idf(ToLongFunction<String> documentFrequency, long articles) {
    this.documentFrequency = documentFrequency;
    this.articles = articles;
  }

  /** Entities, against the topic window, where their document frequencies are counted. */
  static Idf ofEntities(RelatedIndex index) {
    return new Idf(index::documentFrequency, index.topicArticleCount());
  }

  @Override
  public double applyAsDouble(String key) {
    return known.computeIfAbsent(key, k -> IdfOverlap.idf(documentFrequency.applyAsLong(k), articles));
  }
}
