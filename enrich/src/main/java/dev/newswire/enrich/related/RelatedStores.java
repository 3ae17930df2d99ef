package dev.newswire.enrich.related;

import dev.newswire.schemas.EnrichedArticle;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The named, persistent, changelogged stores of the related-links step, and their handles inside
 * one task. Every store is bounded by the window: an article leaves all of them when it expires.
 *
 * <pre>
 *   related-articles      article id -> ArticleDigest (headline, url, times, entities, MinHash)
 *   related-timeline      (keep time, article id) -> article id    (what expires next)
 *   related-entities      entity id -> EntityHeader (names, links, article count, last seen)
 *   related-postings      entity id -> Postings (newest articles mentioning it, capped)
 *   related-cooccurrence  entity id -> Cooccurrences (partner id -> articles together, capped)
 *   related-terms         term -> articles of the story window keeping it (document frequency)
 *   related-term-postings term -> Postings (newest articles with it among their heaviest terms, capped)
 *   related-sequence-buffer (event time, article id) -> article waiting for its burst to end ({@link SequenceBuffer})
 *   related-stories       story id -> StoryState (its articles in the story window, their entities)
 *   related-stats         "articles" and "topic.articles" (in each window), "stream.time",
 *                         "expired.before", "topics.expired.before"
 * </pre>
 * Entity headers and co-occurrence counts live in the topic window; everything else in the story window.
 */
record RelatedStores(
    KeyValueStore<String, ArticleDigest> articles,
    KeyValueStore<Bytes, String> timeline,
    KeyValueStore<String, EntityHeader> entities,
    KeyValueStore<String, Postings> postings,
    KeyValueStore<String, Cooccurrences> cooccurrences,
    KeyValueStore<String, Long> stats,
    KeyValueStore<String, Long> terms,
    KeyValueStore<String, Postings> termPostings,
    KeyValueStore<Bytes, SequenceBuffer.Pending> sequence,
    KeyValueStore<String, StoryState> stories) {

  static final String ARTICLES = "related-articles";
  static final String TIMELINE = "related-timeline";
  static final String ENTITIES = "related-entities";
  static final String POSTINGS = "related-postings";
  static final String COOCCURRENCE = "related-cooccurrence";
  static final String STATS = "related-stats";
  static final String TERMS = "related-terms";
  static final String TERM_POSTINGS = "related-term-postings";
  static final String SEQUENCE_BUFFER = "related-sequence-buffer";
  static final String STORIES = "related-stories";

  /** The builders, for a processor supplier to connect; in a fixed order, so the topology description is stable. */
  static Set<StoreBuilder<?>> builders(Serde<EnrichedArticle> articles) {
    Set<StoreBuilder<?>> builders = new LinkedHashSet<>();
    builders.add(builder(ARTICLES, Serdes.String(), StateSerdes.digests()));
    builders.add(builder(TIMELINE, Serdes.Bytes(), Serdes.String()));
    builders.add(builder(ENTITIES, Serdes.String(), StateSerdes.headers()));
    builders.add(builder(POSTINGS, Serdes.String(), StateSerdes.postings()));
    builders.add(builder(COOCCURRENCE, Serdes.String(), StateSerdes.cooccurrences()));
    builders.add(builder(STATS, Serdes.String(), Serdes.Long()));
    builders.add(builder(TERMS, Serdes.String(), Serdes.Long()));
    builders.add(builder(TERM_POSTINGS, Serdes.String(), StateSerdes.postings()));
    builders.add(builder(SEQUENCE_BUFFER, Serdes.Bytes(), SequenceBuffer.serde(articles)));
    builders.add(builder(STORIES, Serdes.String(), StateSerdes.stories()));
    return builders;
  }

  static RelatedStores from(ProcessingContext context) {
    return new RelatedStores(context.getStateStore(ARTICLES), context.getStateStore(TIMELINE),
        context.getStateStore(ENTITIES), context.getStateStore(POSTINGS), context.getStateStore(COOCCURRENCE),
        context.getStateStore(STATS), context.getStateStore(TERMS), context.getStateStore(TERM_POSTINGS),
        context.getStateStore(SEQUENCE_BUFFER), context.getStateStore(STORIES));
  }

  /**
   * Changelog segments of 64 MiB instead of the broker's 1 GiB: entity values are rewritten on every
   * article that mentions them, and only closed segments are compacted, so small segments keep what a
   * restore must read close to the live state.
   */
  static final Map<String, String> CHANGELOG_CONFIG =
      Map.of(TopicConfig.SEGMENT_BYTES_CONFIG, Integer.toString(64 * 1024 * 1024));

  private static <K, V> StoreBuilder<KeyValueStore<K, V>> builder(String name, Serde<K> keys, Serde<V> values) {
    // caching batches the repeated writes of one commit interval
    return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), keys, values)
        .withLoggingEnabled(CHANGELOG_CONFIG)
        .withCachingEnabled();
  }
}
