package dev.newswire.enrich.related;

import dev.newswire.enrich.related.ArticleDigest.IndexedEntity;
import dev.newswire.enrich.related.Postings.Posting;
import dev.newswire.schemas.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * The window of recent articles over the related-links stores: adding an article, taking one out
 * (when it expires or comes again) and reading the statistics the scores need. Every article in the
 * window contributes exactly once to document frequencies, postings and co-occurrence counts, and
 * nothing remains of it once it is out. Write methods return the ids of the entities whose profile
 * changed.
 */
final class RelatedIndex {

  static final String ARTICLE_COUNT = "articles";
  static final String STREAM_TIME = "stream.time";
  static final String EXPIRED_BEFORE = "expired.before";

  private final RelatedStores stores;
  private final StoreMemo<EntityHeader> entities;
  private final StoreMemo<Postings> postings;
  private final StoreMemo<Cooccurrences> cooccurrences;
  private final int maxPostings;
  private final int maxCooccurring;

  RelatedIndex(RelatedStores stores, int maxPostings, int maxCooccurring) {
    this.stores = stores;
    this.entities = new StoreMemo<>(stores.entities());
    this.postings = new StoreMemo<>(stores.postings());
    this.cooccurrences = new StoreMemo<>(stores.cooccurrences());
    this.maxPostings = maxPostings;
    this.maxCooccurring = maxCooccurring;
  }

  /** Forgets the values remembered for the previous article; call before each article. */
  void startArticle() {
    entities.clear();
    postings.clear();
    cooccurrences.clear();
  }

  /** The greatest keep time seen so far, after {@code keepTime}. */
  long advanceStreamTime(long keepTime) {
    Long current = stores.stats().get(STREAM_TIME);
    if (current == null || keepTime > current) {
      stores.stats().put(STREAM_TIME, keepTime);
      return keepTime;
    }
    return current;
  }

  /** Takes out every article with keep time before {@code cutoff}. */
  Set<String> expireBefore(long cutoff) {
    Long done = stores.stats().get(EXPIRED_BEFORE);
    if (done != null && done >= cutoff) {
      return Set.of();
    }
    List<String> expired = new ArrayList<>();
    // nothing is ever indexed before the last cutoff, so the scan starts there, not at the oldest tombstone
    Bytes from = TimelineKeys.start(done == null ? Long.MIN_VALUE : done);
    try (KeyValueIterator<Bytes, String> range = stores.timeline().range(from, TimelineKeys.start(cutoff))) {
      range.forEachRemaining(entry -> expired.add(entry.value));
    }
    Set<String> touched = new TreeSet<>();
    for (String articleId : expired) {
      touched.addAll(remove(articleId));
    }
    stores.stats().put(EXPIRED_BEFORE, cutoff);
    return touched;
  }

  /** Takes the article out of the window, if it is there. */
  Set<String> remove(String articleId) {
    ArticleDigest digest = stores.articles().get(articleId);
    if (digest == null) {
      return Set.of();
    }
    Set<String> touched = new TreeSet<>();
    for (IndexedEntity entity : digest.entities()) {
      forget(entity.id(), digest);
      touched.add(entity.id());
    }
    stores.timeline().delete(TimelineKeys.of(digest.keepTime(), articleId));
    stores.articles().delete(articleId);
    stores.stats().put(ARTICLE_COUNT, articleCount() - 1);
    return touched;
  }

  /** Puts the article into the window; {@code indexedEntities} are the article's entities the digest indexes. */
  Set<String> add(ArticleDigest digest, List<Entity> indexedEntities) {
    Map<String, Entity> byId = indexedEntities.stream().collect(Collectors.toMap(Entity::getId, Function.identity()));
    Set<String> touched = new TreeSet<>();
    for (IndexedEntity indexed : digest.entities()) {
      String id = indexed.id();
      entities.put(id, EntityHeader.seen(entities.get(id), byId.get(id), digest.eventTime()));
      postings.put(id, postings(id).with(
          new Posting(digest.id(), digest.eventTime(), indexed.salience()), maxPostings));
      List<String> others = digest.entities().stream().map(IndexedEntity::id).filter(o -> !o.equals(id)).toList();
      cooccurrences.put(id, cooccurrences(id).plus(others, maxCooccurring));
      touched.add(id);
    }
    stores.timeline().put(TimelineKeys.of(digest.keepTime(), digest.id()), digest.id());
    stores.articles().put(digest.id(), digest);
    stores.stats().put(ARTICLE_COUNT, articleCount() + 1);
    return touched;
  }

  private void forget(String entityId, ArticleDigest digest) {
    EntityHeader header = entities.get(entityId);
    EntityHeader next = header == null ? null : header.forgotten();
    if (next == null) {
      entities.delete(entityId);
      postings.delete(entityId);
      cooccurrences.delete(entityId);
      return;
    }
    entities.put(entityId, next);
    postings.put(entityId, postings(entityId).without(digest.id()));
    cooccurrences.put(entityId,
        cooccurrences(entityId).minus(digest.entities().stream().map(IndexedEntity::id).toList()));
  }

  boolean contains(String articleId) {
    return stores.articles().get(articleId) != null;
  }

  ArticleDigest article(String articleId) {
    return stores.articles().get(articleId);
  }

  /** The entity's header, or null when no article of the window mentions it. */
  EntityHeader entity(String entityId) {
    return entities.get(entityId);
  }

  Postings postings(String entityId) {
    Postings list = postings.get(entityId);
    return list == null ? Postings.EMPTY : list;
  }

  Cooccurrences cooccurrences(String entityId) {
    Cooccurrences counts = cooccurrences.get(entityId);
    return counts == null ? Cooccurrences.EMPTY : counts;
  }

  /** Articles in the window. */
  long articleCount() {
    Long count = stores.stats().get(ARTICLE_COUNT);
    return count == null ? 0 : count;
  }

  /** Articles mentioning the entity in the window; 0 when none. */
  long documentFrequency(String entityId) {
    EntityHeader header = entity(entityId);
    return header == null ? 0 : header.articleCount();
  }
}
