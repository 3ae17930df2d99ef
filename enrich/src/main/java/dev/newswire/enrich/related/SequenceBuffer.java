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
 * ({@value RelatedStores#SEQUENCE_BUFFER}, keyed by event time then id) and leave in publication order.
 * <ul>
 *   <li>All of them leave together once the stream has been quiet for {@code quiet}, or the oldest has
 *       waited {@code maxHold}, or {@code maxPending} wait: a burst (a backfill, a feed that delivers a
 *       day at once, partitions enriched at different speeds) is linked as if its articles had arrived
 *       one by one in publication order.
 *   <li>A live article (published at most {@code liveLag} before it was ingested) does not wait for
 *       the end of a busy stream: it leaves {@code quiet} after it arrived, with the live articles that
 *       arrived before it, so a continuous live feed is linked {@code quiet} late, not {@code maxHold}.
 * </ul>
 * Times are the task's wall clock.
 */
final class SequenceBuffer {

  static final String PENDING = "sequence.pending";
  static final String FIRST_ARRIVAL = "sequence.first.arrival";
  static final String LAST_ARRIVAL = "sequence.last.arrival";

  /** One waiting article, with the timestamp of the record it came in and when it arrived (wall clock). */
  record Pending(long timestamp, long arrival, EnrichedArticle article) {}

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

  void add(Pending pending) {
    Bytes key = TimelineKeys.of(ArticleDigest.eventTimeOf(pending.article()), pending.article().getId());
    if (store.get(key) == null) {
      stats.put(PENDING, pending() + 1);
    }
    store.put(key, pending);
    Long first = stats.get(FIRST_ARRIVAL);
    if (first == null || pending.arrival() < first) {
      stats.put(FIRST_ARRIVAL, pending.arrival());
    }
    stats.put(LAST_ARRIVAL, pending.arrival());
  }

  long pending() {
    Long count = stats.get(PENDING);
    return count == null ? 0 : count;
  }

  /** Whether every waiting article should leave at wall-clock time {@code now}: the burst is over. */
  boolean burstOver(long now) {
    Long first = stats.get(FIRST_ARRIVAL);
    Long last = stats.get(LAST_ARRIVAL);
    if (first == null || last == null) {
      return false;
    }
    return now - last >= config.sequenceQuiet().toMillis() || now - first >= config.sequenceMaxHold().toMillis()
        || pending() >= config.sequenceMaxPending();
  }

  /**
   * The articles that leave at wall-clock time {@code now}, in publication order (ties by id): all of
   * them when the burst is over, else the live ones that arrived at least {@code quiet} ago.
   */
  List<Pending> release(long now) {
    if (pending() == 0) {
      return List.of();
    }
    boolean all = burstOver(now);
    long arrivedBy = now - config.sequenceQuiet().toMillis();
    List<KeyValue<Bytes, Pending>> leaving = new ArrayList<>();
    Long firstLeft = null;
    try (KeyValueIterator<Bytes, Pending> waiting = store.all()) {
      while (waiting.hasNext()) {
        KeyValue<Bytes, Pending> entry = waiting.next();
        if (all || (isLive(entry.value.article()) && entry.value.arrival() <= arrivedBy)) {
          leaving.add(entry);
        } else if (firstLeft == null || entry.value.arrival() < firstLeft) {
          firstLeft = entry.value.arrival();
        }
      }
    }
    List<Pending> released = new ArrayList<>(leaving.size());
    for (KeyValue<Bytes, Pending> entry : leaving) {
      store.delete(entry.key);
      released.add(entry.value);
    }
    if (firstLeft == null) {
      stats.delete(PENDING);
      stats.delete(FIRST_ARRIVAL);
      stats.delete(LAST_ARRIVAL);
    } else {
      stats.put(PENDING, pending() - released.size());
      stats.put(FIRST_ARRIVAL, firstLeft);
    }
    return released;
  }

  /** Published at most {@code liveLag} before it was ingested (or with no plausible published time). */
  boolean isLive(EnrichedArticle article) {
    return article.getIngestedAt().toEpochMilli() - ArticleDigest.eventTimeOf(article)
        <= config.sequenceLiveLag().toMillis();
  }

  /** The store's value serde: the record timestamp and the arrival (8 bytes each), then the article in {@code articles}' bytes. */
  static Serde<Pending> serde(Serde<EnrichedArticle> articles) {
    return Serdes.serdeFrom(
        (topic, pending) -> {
          if (pending == null) {
            return null;
          }
          byte[] article = articles.serializer().serialize(topic, pending.article());
          return ByteBuffer.allocate(2 * Long.BYTES + article.length).putLong(pending.timestamp())
              .putLong(pending.arrival()).put(article).array();
        },
        (topic, bytes) -> {
          if (bytes == null) {
            return null;
          }
          if (bytes.length < 2 * Long.BYTES) {
            throw new SerializationException("corrupt sequence-buffer value of " + bytes.length + " bytes");
          }
          ByteBuffer in = ByteBuffer.wrap(bytes);
          long timestamp = in.getLong();
          long arrival = in.getLong();
          byte[] article = new byte[in.remaining()];
          in.get(article);
          return new Pending(timestamp, arrival, articles.deserializer().deserialize(topic, article));
        });
  }
}
