package dev.newswire.enrich.related;

import dev.newswire.enrich.related.Postings.Posting;
import dev.newswire.enrich.related.TermVector.Term;
import dev.newswire.schemas.RelatedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Earlier related articles and the story of one article. Candidates are the articles of the story
 * window, published at most the window before it and not after it, that share a salient entity with
 * it (entity postings) or one of its heaviest terms (term postings); the best of each kind by their
 * shared weight are scored exactly by {@link #similarity}. The article joins the story of the best
 * one when that reaches {@code storyMinScore}, else it starts its own story (its own id). Its related
 * articles are the earlier articles of its story and others reaching {@code minScore}, best first
 * (ties: the newer first, then by id), at most k. An earlier article whose body is a near copy
 * ({@link MinHash}) is marked a duplicate.
 */
final class RelatedArticleFinder {

  /** Candidates of each kind scored exactly per related article wanted, chosen by their shared weight. */
  static final int CANDIDATES_PER_RESULT = 10;

  private final RelatedIndex index;
  private final RelatedConfig config;

  RelatedArticleFinder(RelatedIndex index, RelatedConfig config) {
    this.index = index;
    this.config = config;
  }

  /** What was found for one article: its related articles and the story it joins. */
  record Found(List<RelatedArticle> related, String storyId) {}

  /**
   * @param digest the article, indexed or not
   * @param names entity id to name in this article, for {@code sharedEntities}
   */
  Found find(ArticleDigest digest, Map<String, String> names) {
    Map<String, Double> salient = digest.salient(config.minSalience());
    Idf entityIdf = Idf.ofEntities(index);
    List<Scored> scored = new ArrayList<>();
    for (String candidate : candidates(digest, salient, entityIdf)) {
      ArticleDigest earlier = index.article(candidate);
      if (earlier != null) {
        scored.add(new Scored(earlier, similarity(digest, salient, earlier, entityIdf)));
      }
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparing(Comparator.comparingLong((Scored s) -> s.digest().eventTime()).reversed())
        .thenComparing(s -> s.digest().id()));
    String story = !scored.isEmpty() && scored.get(0).score() >= config.storyMinScore()
        ? scored.get(0).digest().storyId() : digest.id();
    List<RelatedArticle> related = scored.stream()
        .filter(s -> s.digest().storyId().equals(story) || s.score() >= config.minScore())
        .limit(config.k())
        .map(s -> related(digest, salient, s, names))
        .toList();
    return new Found(related, story);
  }

  /**
   * How close an earlier article is: {@code textWeight} times the cosine of their terms plus the rest
   * times the IDF-weighted overlap of their salient entities ({@link IdfOverlap}); in [0, 1].
   */
  double similarity(ArticleDigest digest, Map<String, Double> salient, ArticleDigest earlier, Idf entityIdf) {
    double text = TermVector.cosine(digest.terms(), earlier.terms());
    double entities = IdfOverlap.score(salient, earlier.salient(config.minSalience()), entityIdf);
    return config.textWeight() * text + (1.0 - config.textWeight()) * entities;
  }

  private Set<String> candidates(ArticleDigest digest, Map<String, Double> salient, Idf entityIdf) {
    Map<String, Double> byEntity = new HashMap<>();
    for (Map.Entry<String, Double> entity : salient.entrySet()) {
      double weight = entityIdf.applyAsDouble(entity.getKey());
      for (Posting posting : index.postings(entity.getKey()).items()) {
        if (posting.salience() >= config.minSalience() && isEarlier(posting, digest)) {
          byEntity.merge(posting.articleId(), weight * Math.min(entity.getValue(), posting.salience()), Double::sum);
        }
      }
    }
    Map<String, Double> byTerm = new HashMap<>();
    for (Term term : digest.terms().subList(0, Math.min(RelatedIndex.POSTED_TERMS, digest.terms().size()))) {
      for (Posting posting : index.termPostings(term.term()).items()) {
        if (isEarlier(posting, digest)) {
          byTerm.merge(posting.articleId(), term.weight() * posting.salience(), Double::sum);
        }
      }
    }
    Set<String> candidates = new LinkedHashSet<>(best(byEntity));
    candidates.addAll(best(byTerm));
    return candidates;
  }

  private boolean isEarlier(Posting posting, ArticleDigest digest) {
    return !posting.articleId().equals(digest.id()) && posting.eventTime() <= digest.eventTime()
        && posting.eventTime() >= digest.eventTime() - config.window().toMillis();
  }

  private List<String> best(Map<String, Double> shared) {
    return shared.entrySet().stream()
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
