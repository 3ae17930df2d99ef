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
 * The windows of recent articles over the related-links stores: adding an article, taking one out
 * (when it expires or comes again) and reading the statistics the scores need. Two windows, both
 * counted in keep time on the one timeline:
 * <ul>
 *   <li>the story window ({@code window.days}): digests, entity and term postings, term document
 *       frequencies; what related articles and stories are found in;
 *   <li>the topic window ({@code topics.window.days}, no longer): entity headers (names, document
 *       frequency) and co-occurrence counts; what related topics and entity profiles are scored on.
 * </ul>
 * Every article in a window contributes exactly once to its counts and postings, and nothing remains
 * of it once it is out. Write methods return the ids of the entities whose profile changed.
 */
final class RelatedIndex {

  static final String ARTICLE_COUNT = "articles";
  static final String TOPIC_ARTICLE_COUNT = "topic.articles";
  static final String STREAM_TIME = "stream.time";
  static final String EXPIRED_BEFORE = "expired.before";
  static final String TOPICS_EXPIRED_BEFORE = "topics.expired.before";
  /** Terms of an article whose postings find it as a candidate: its heaviest. */
  static final int POSTED_TERMS = 16;

  private final RelatedStores stores;
  private final StoreMemo<EntityHeader> entities;
  private final StoreMemo<Postings> postings;
  private final StoreMemo<Cooccurrences> cooccurrences;
  private final StoreMemo<Postings> termPostings;
  private final StoreMemo<Long> terms;
  private final StoryThreads stories;
  private final int maxPostings;
  private final int maxCooccurring;

  RelatedIndex(RelatedStores stores, int maxPostings, int maxCooccurring, double minSalience) {
    this.stores = stores;
    this.entities = new StoreMemo<>(stores.entities());
    this.postings = new StoreMemo<>(stores.postings());
    this.cooccurrences = new StoreMemo<>(stores.cooccurrences());
    this.termPostings = new StoreMemo<>(stores.termPostings());
    this.terms = new StoreMemo<>(stores.terms());
    this.stories = new StoryThreads(stores.stories(), minSalience);
    this.maxPostings = maxPostings;
    this.maxCooccurring = maxCooccurring;
  }

  /** Forgets the values remembered for the previous article; call before each article. */
  void startArticle() {
    entities.clear();
    postings.clear();
    cooccurrences.clear();
    termPostings.clear();
    terms.clear();
    stories.clearChanges();
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
    return expire(EXPIRED_BEFORE, cutoff, this::remove);
  }

  /** Takes every article with keep time before {@code cutoff} out of the topic window only. */
  Set<String> expireTopicsBefore(long cutoff) {
    return expire(TOPICS_EXPIRED_BEFORE, cutoff, articleId -> {
      ArticleDigest digest = stores.articles().get(articleId);
      return digest == null ? Set.of() : forgetTopics(digest);
    });
  }

  private Set<String> expire(String cursor, long cutoff, Function<String, Set<String>> removal) {
    Long done = stores.stats().get(cursor);
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
      touched.addAll(removal.apply(articleId));
    }
    stores.stats().put(cursor, cutoff);
    return touched;
  }

  /** Takes the article out of both windows, if it is there. */
  Set<String> remove(String articleId) {
    ArticleDigest digest = stores.articles().get(articleId);
    if (digest == null) {
      return Set.of();
    }
    Set<String> touched = new TreeSet<>();
    if (inTopicWindow(digest.keepTime())) {
      touched.addAll(forgetTopics(digest));
    }
    for (IndexedEntity entity : digest.entities()) {
      removePosting(postings, entity.id(), articleId);
      touched.add(entity.id());
    }
    forgetTerms(digest);
    stories.leave(digest);
    stores.timeline().delete(TimelineKeys.of(digest.keepTime(), articleId));
    stores.articles().delete(articleId);
    stores.stats().put(ARTICLE_COUNT, articleCount() - 1);
    return touched;
  }

  /**
   * Puts the article into the story window, and into the topic window too when {@code topics}
   * (its keep time is inside it); {@code indexedEntities} are the article's entities the digest indexes.
   */
  Set<String> add(ArticleDigest digest, List<Entity> indexedEntities, boolean topics) {
    Map<String, Entity> byId = indexedEntities.stream().collect(Collectors.toMap(Entity::getId, Function.identity()));
    Set<String> touched = new TreeSet<>();
    for (IndexedEntity indexed : digest.entities()) {
      String id = indexed.id();
      if (topics) {
        entities.put(id, EntityHeader.seen(entities.get(id), byId.get(id), digest.eventTime()));
        List<String> others = digest.entities().stream().map(IndexedEntity::id).filter(o -> !o.equals(id)).toList();
        cooccurrences.put(id, cooccurrences(id).plus(others, maxCooccurring));
      }
      postings.put(id, postings(id).with(
          new Posting(digest.id(), digest.eventTime(), indexed.salience()), maxPostings));
      touched.add(id);
    }
    for (int i = 0; i < digest.terms().size(); i++) {
      String term = digest.terms().get(i).term();
      terms.put(term, termFrequency(term) + 1);
      if (i < POSTED_TERMS) {
        // the posting carries the term's weight in the article, so candidates are ranked by their partial dot product
        Posting posting = new Posting(digest.id(), digest.eventTime(), digest.terms().get(i).weight());
        termPostings.put(term, termPostings(term).with(posting, maxPostings));
      }
    }
    stores.timeline().put(TimelineKeys.of(digest.keepTime(), digest.id()), digest.id());
    stores.articles().put(digest.id(), digest);
    stores.stats().put(ARTICLE_COUNT, articleCount() + 1);
    if (topics) {
      stores.stats().put(TOPIC_ARTICLE_COUNT, topicArticleCount() + 1);
    }
    return touched;
  }

  /**
   * Records the story the article joined, once its links are found: the digest remembers it and the
   * story counts the article and its salient entities ({@code entities} gives their names and links).
   */
  void joinStory(ArticleDigest digest, String storyId, List<Entity> entities) {
    ArticleDigest joined = digest.withStory(storyId);
    stores.articles().put(digest.id(), joined);
    stories.join(joined, storyId, entities);
  }

  /** The stories of the story window. */
  StoryThreads stories() {
    return stories;
  }

  /** Whether an article kept at {@code keepTime} still counts in the topic window. */
  boolean inTopicWindow(long keepTime) {
    Long done = stores.stats().get(TOPICS_EXPIRED_BEFORE);
    return done == null || keepTime >= done;
  }

  private Set<String> forgetTopics(ArticleDigest digest) {
    Set<String> touched = new TreeSet<>();
    for (IndexedEntity entity : digest.entities()) {
      forget(entity.id(), digest);
      touched.add(entity.id());
    }
    stores.stats().put(TOPIC_ARTICLE_COUNT, topicArticleCount() - 1);
    return touched;
  }

  private void forgetTerms(ArticleDigest digest) {
    for (int i = 0; i < digest.terms().size(); i++) {
      String term = digest.terms().get(i).term();
      long left = termFrequency(term) - 1;
      if (left <= 0) {
        terms.delete(term);
      } else {
        terms.put(term, left);
      }
      if (i < POSTED_TERMS) {
        removePosting(termPostings, term, digest.id());
      }
    }
  }

  /** The key's postings without the article; none left, no entry. */
  private static void removePosting(StoreMemo<Postings> store, String key, String articleId) {
    Postings list = store.get(key);
    Postings rest = list == null ? Postings.EMPTY : list.without(articleId);
    if (rest.isEmpty()) {
      store.delete(key);
    } else {
      store.put(key, rest);
    }
  }

  private void forget(String entityId, ArticleDigest digest) {
    EntityHeader header = entities.get(entityId);
    EntityHeader next = header == null ? null : header.forgotten();
    if (next == null) {
      entities.delete(entityId);
      cooccurrences.delete(entityId);
      return;
    }
    entities.put(entityId, next);
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

  /** Articles in the story window. */
  long articleCount() {
    Long count = stores.stats().get(ARTICLE_COUNT);
    return count == null ? 0 : count;
  }

  /** Articles in the topic window. */
  long topicArticleCount() {
    Long count = stores.stats().get(TOPIC_ARTICLE_COUNT);
    return count == null ? 0 : count;
  }

  /** Articles of the story window that keep the term; 0 when none. */
  long termFrequency(String term) {
    Long count = terms.get(term);
    return count == null ? 0 : count;
  }

  /** The newest articles of the story window posted under the term. */
  Postings termPostings(String term) {
    Postings list = termPostings.get(term);
    return list == null ? Postings.EMPTY : list;
  }

  /** Articles of the topic window mentioning the entity; 0 when none. */
  long documentFrequency(String entityId) {
    EntityHeader header = entity(entityId);
    return header == null ? 0 : header.articleCount();
  }
}
