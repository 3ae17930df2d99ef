package dev.newswire.enrich.related;

import dev.newswire.enrich.related.Postings.Posting;
import dev.newswire.schemas.RelatedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Earlier related articles of one article: the articles of the window that share a salient entity
 * with it (found through the postings of its salient entities), published at most the window before
 * it and not after it, scored by {@link IdfOverlap}; those reaching the minimum score, best first
 * (ties: the newer first, then by id), at most k. An earlier article whose body is a near copy
 * ({@link MinHash}) is marked a duplicate.
 */
final class RelatedArticleFinder {

  /** Candidates scored exactly per related article wanted, chosen by their shared weight. */
  static final int CANDIDATES_PER_RESULT = 10;

  private final RelatedIndex index;
  private final RelatedConfig config;

  RelatedArticleFinder(RelatedIndex index, RelatedConfig config) {
    this.index = index;
    this.config = config;
  }

  /**
   * @param digest the article, indexed or not
   * @param names entity id to name in this article, for {@code sharedEntities}
   */
  List<RelatedArticle> find(ArticleDigest digest, Map<String, String> names) {
    Map<String, Double> salient = digest.salient(config.minSalience());
    if (salient.isEmpty()) {
      return List.of();
    }
    Idf idf = new Idf(index);
    List<Scored> scored = new ArrayList<>();
    for (String candidate : candidates(digest, salient, idf)) {
      ArticleDigest earlier = index.article(candidate);
      if (earlier != null) {
        double score = IdfOverlap.score(salient, earlier.salient(config.minSalience()), idf);
        if (score >= config.minScore()) {
          scored.add(new Scored(earlier, score));
        }
      }
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparing(Comparator.comparingLong((Scored s) -> s.digest().eventTime()).reversed())
        .thenComparing(s -> s.digest().id()));
    return scored.stream().limit(config.k()).map(s -> related(digest, salient, s, names)).toList();
  }

  /**
   * Candidates by their shared weight {@code sum of idf * min salience}, the numerator of the score.
   * The denominator is at least this article's norm, so a candidate below {@code minScore * norm}
   * cannot qualify and is never read.
   */
  private List<String> candidates(ArticleDigest digest, Map<String, Double> salient, Idf idf) {
    long earliest = digest.eventTime() - config.window().toMillis();
    Map<String, Double> shared = new HashMap<>();
    for (Map.Entry<String, Double> entity : salient.entrySet()) {
      double weight = idf.applyAsDouble(entity.getKey());
      for (Posting posting : index.postings(entity.getKey()).items()) {
        if (!posting.articleId().equals(digest.id()) && posting.salience() >= config.minSalience()
            && posting.eventTime() <= digest.eventTime() && posting.eventTime() >= earliest) {
          shared.merge(posting.articleId(), weight * Math.min(entity.getValue(), posting.salience()), Double::sum);
        }
      }
    }
    double bound = config.minScore() * IdfOverlap.norm(salient, idf);
    return shared.entrySet().stream()
        .filter(entry -> entry.getValue() >= bound - 1e-12)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit((long) config.k() * CANDIDATES_PER_RESULT)
        .map(Map.Entry::getKey)
        .toList();
  }

  private RelatedArticle related(ArticleDigest digest, Map<String, Double> salient, Scored scored,
      Map<String, String> names) {
    ArticleDigest earlier = scored.digest();
    Map<String, Double> theirs = earlier.salient(config.minSalience());
    List<String> shared = salient.keySet().stream().filter(theirs::containsKey).map(names::get).toList();
    return RelatedArticle.newBuilder()
        .setId(earlier.id())
        .setHeadline(earlier.headline())
        .setUrl(earlier.url())
        .setPublishedAt(earlier.publishedAt() == null ? null : Instant.ofEpochMilli(earlier.publishedAt()))
        .setScore(Scores.rounded(scored.score()))
        .setSharedEntities(shared)
        .setDuplicate(MinHash.similarity(digest.minHash(), earlier.minHash()) >= config.duplicateThreshold())
        .build();
  }

  private record Scored(ArticleDigest digest, double score) {}
}
