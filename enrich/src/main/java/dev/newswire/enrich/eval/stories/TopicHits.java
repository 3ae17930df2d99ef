package dev.newswire.enrich.eval.stories;

/**
 * Gold related topics found among an article's output topics. A gold name is found when it equals,
 * ignoring case, a topic's label or its Wikipedia title (underscores read as spaces).
 *
 * @param gold gold related topics over all articles
 * @param hits of them found among any of the article's topics
 * @param learnedHits of them found among its RELATED topics (learned from the stream)
 * @param articles articles with at least one gold related topic
 * @param articlesHit of them with at least one found
 */
public record TopicHits(int gold, int hits, int learnedHits, int articles, int articlesHit) {

  public static final TopicHits ZERO = new TopicHits(0, 0, 0, 0, 0);

  public TopicHits plus(TopicHits other) {
    return new TopicHits(gold + other.gold, hits + other.hits, learnedHits + other.learnedHits,
        articles + other.articles, articlesHit + other.articlesHit);
  }
}
