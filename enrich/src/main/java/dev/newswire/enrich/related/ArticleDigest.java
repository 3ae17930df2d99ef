package dev.newswire.enrich.related;

import dev.newswire.enrich.related.TermVector.Term;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.Entity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the window keeps of one article: enough to show it as a related article, to score it against
 * later ones, and to take it out of the index again when it expires.
 *
 * @param publishedAt epoch millis, or null when unknown
 * @param eventTime the time relations are measured in (publication), see {@link #eventTimeOf}
 * @param keepTime the time the window's retention is measured in (arrival), see {@link #keepTimeOf}
 * @param entities the indexed entities, most salient first
 * @param minHash the body's {@link MinHash} signature
 * @param terms the article's heaviest terms when it was indexed, heaviest first, with their unit-length
 *     weights ({@link TermVector#strongest})
 * @param storyId the story it joined; its own id until its links are found
 */
record ArticleDigest(String id, String headline, String url, Long publishedAt, long eventTime, long keepTime,
    List<IndexedEntity> entities, int[] minHash, List<Term> terms, String storyId) {

  /** One indexed entity of the article with its salience there. */
  record IndexedEntity(String id, double salience) {}

  /** Terms kept per article, the heaviest ({@link TermVector#strongest}). */
  static final int MAX_TERMS = 100;

  /** A published time further than this after ingestion is a wrong clock or time zone, not news. */
  static final Duration MAX_PUBLISHED_AHEAD = Duration.ofDays(1);

  ArticleDigest {
    entities = List.copyOf(entities);
    terms = List.copyOf(terms);
  }

  /**
   * The digest of an article whose entities to index are {@code indexed} (see {@link #indexed}) and
   * whose terms to keep are {@code terms} ({@link TermVector#strongest}).
   */
  static ArticleDigest of(EnrichedArticle article, List<Entity> indexed, List<Term> terms) {
    Instant published = article.getPublishedAt();
    return new ArticleDigest(article.getId(), article.getHeadline(), article.getUrl(),
        published == null ? null : published.toEpochMilli(), eventTimeOf(article), keepTimeOf(article),
        indexed.stream().map(e -> new IndexedEntity(e.getId(), e.getSalience())).toList(),
        MinHash.signature(article.getBody()), terms, article.getId());
  }

  ArticleDigest withStory(String story) {
    return new ArticleDigest(id, headline, url, publishedAt, eventTime, keepTime, entities, minHash, terms, story);
  }

  /**
   * Event time: the published time when known and plausible (at most a day after ingestion), else
   * the ingestion time. Both come from the article itself, so replays and every instance agree.
   */
  static long eventTimeOf(EnrichedArticle article) {
    Instant ingested = article.getIngestedAt();
    Instant published = article.getPublishedAt();
    if (published != null && !published.isAfter(ingested.plus(MAX_PUBLISHED_AHEAD))) {
      return published.toEpochMilli();
    }
    return ingested.toEpochMilli();
  }

  /**
   * Keep time: the later of event time and ingestion time. The window keeps an article until the
   * greatest keep time seen passes its own by the window. A live article (published about when it
   * was ingested) therefore leaves by its published time, as before; an archive article (published
   * years before a backfill ingests it) stays for the window counted from its ingestion, so the
   * articles of a backfill find each other whatever years they were published in. Relations are
   * still measured in event time ({@link RelatedArticleFinder}). From the article itself, so replays
   * agree.
   */
  static long keepTimeOf(EnrichedArticle article) {
    return Math.max(eventTimeOf(article), article.getIngestedAt().toEpochMilli());
  }

  /** The entities to index: one per id, the most salient first (ties by id), at most {@code maxEntities}. */
  static List<Entity> indexed(EnrichedArticle article, int maxEntities) {
    Map<String, Entity> byId = new LinkedHashMap<>();
    for (Entity entity : article.getEntities()) {
      byId.merge(entity.getId(), entity, (a, b) -> a.getSalience() >= b.getSalience() ? a : b);
    }
    List<Entity> sorted = new ArrayList<>(byId.values());
    sorted.sort(Comparator.comparingDouble(Entity::getSalience).reversed().thenComparing(Entity::getId));
    return sorted.size() > maxEntities ? List.copyOf(sorted.subList(0, maxEntities)) : sorted;
  }

  /** Entity id to salience, for the entities at least {@code minSalience} salient. */
  Map<String, Double> salient(double minSalience) {
    Map<String, Double> salient = new LinkedHashMap<>();
    for (IndexedEntity entity : entities) {
      if (entity.salience() >= minSalience) {
        salient.put(entity.id(), entity.salience());
      }
    }
    return salient;
  }
}
