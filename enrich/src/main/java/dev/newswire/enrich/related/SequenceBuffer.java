package dev.newswire.enrich.related;

import dev.newswire.schemas.EnrichedArticle;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The sequencing delay in front of the related-links window: articles wait in a persistent store
 * ({@value RelatedStores#SEQUENCE_BUFFER}, keyed by event time then id) and leave together, in
 * publication order, once the stream has been quiet for {@code quiet} or the oldest has waited
 * {@code maxHold}, or at once when {@code maxPending} are waiting. A burst (a backfill, a feed that
 * delivers a day at once, partitions enriched at different speeds) is therefore linked as if its
 * articles had arrived one by one in publication order. Times are the task's wall clock.
 */
final class SequenceBuffer {

  static final String PENDING = "sequence.pending";
  static final String FIRST_ARRIVAL = "sequence.first.arrival";
  static final String LAST_ARRIVAL = "sequence.last.arrival";

  /** One waiting article with the timestamp of the record it came in. */
  record Pending(long timestamp, EnrichedArticle article) {}

  private final KeyValueStore<Bytes, Pending> store;
  private final KeyValueStore<String, Long> stats;
  private final RelatedConfig config;

  SequenceBuffer(KeyValueStore<Bytes, Pending> store, KeyValueStore<String, Long> stats, RelatedConfig config) {
    this.store = store;
    this.stats = stats;
    this.config = config;
  }

  /** Whether articles wait at all ({@code sequence.quiet.ms} above 0). */
  boolean enabled() {
    return !config.sequenceQuiet().isZero();
  }

  void add(Pending pending, long now) {
    Bytes key = TimelineKeys.of(ArticleDigest.eventTimeOf(pending.article()), pending.article().getId());
    if (store.get(key) == null) {
      stats.put(PENDING, pending() + 1);
    }
    store.put(key, pending);
    if (stats.get(FIRST_ARRIVAL) == null) {
      stats.put(FIRST_ARRIVAL, now);
    }
    stats.put(LAST_ARRIVAL, now);
  }

  long pending() {
    Long count = stats.get(PENDING);
    return count == null ? 0 : count;
  }

  /** Whether the waiting articles should leave at wall-clock time {@code now}. */
  boolean due(long now) {
    Long first = stats.get(FIRST_ARRIVAL);
    Long last = stats.get(LAST_ARRIVAL);
    if (first == null || last == null) {
      return false;
    }
    return now - last >= config.sequenceQuiet().toMillis() || now - first >= config.sequenceMaxHold().toMillis()
        || pending() >= config.sequenceMaxPending();
  }

  /** Every waiting article in publication order (ties by id), the buffer emptied. */
  List<Pending> drain() {
    List<KeyValue<Bytes, Pending>> waiting = new ArrayList<>();
    try (KeyValueIterator<Bytes, Pending> all = store.all()) {
      all.forEachRemaining(waiting::add);
    }
    List<Pending> released = new ArrayList<>(waiting.size());
    for (KeyValue<Bytes, Pending> entry : waiting) {
      store.delete(entry.key);
      released.add(entry.value);
    }
    stats.delete(PENDING);
    stats.delete(FIRST_ARRIVAL);
    stats.delete(LAST_ARRIVAL);
    return released;
  }

  /** The store's value serde: the record timestamp (8 bytes) and the article in {@code articles}' bytes. */
  static Serde<Pending> serde(Serde<EnrichedArticle> articles) {
    return Serdes.serdeFrom(
        (topic, pending) -> {
          if (pending == null) {
            return null;
          }
          byte[] article = articles.serializer().serialize(topic, pending.article());
          return ByteBuffer.allocate(Long.BYTES + article.length).putLong(pending.timestamp()).put(article).array();
        },
        (topic, bytes) -> {
          if (bytes == null) {
            return null;
          }
          if (bytes.length < Long.BYTES) {
            throw new SerializationException("corrupt sequence-buffer value of " + bytes.length + " bytes");
          }
          ByteBuffer in = ByteBuffer.wrap(bytes);
          long timestamp = in.getLong();
          byte[] article = new byte[in.remaining()];
          in.get(article);
          return new Pending(timestamp, articles.deserializer().deserialize(topic, article));
        });
  }
}
