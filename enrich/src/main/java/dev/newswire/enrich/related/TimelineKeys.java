package dev.newswire.enrich.related;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Bytes;

/**
 * Keys of the timeline store, ordered by keep time ({@link ArticleDigest#keepTimeOf}) then article id: 8 bytes of big-endian time with
 * the sign bit flipped (so that byte order is time order, as RocksDB compares keys) and the article
 * id in UTF-8. A range from {@code start(t1)} to {@code start(t2)} holds exactly the articles with
 * {@code t1 <= time < t2}.
 */
final class TimelineKeys {

  private TimelineKeys() {}

  static Bytes of(long eventTime, String articleId) {
    byte[] id = articleId.getBytes(StandardCharsets.UTF_8);
    return Bytes.wrap(ByteBuffer.allocate(Long.BYTES + id.length).putLong(eventTime ^ Long.MIN_VALUE).put(id).array());
  }

  /** Sorts before every key at {@code eventTime} and after every key before it. */
  static Bytes start(long eventTime) {
    return Bytes.wrap(ByteBuffer.allocate(Long.BYTES).putLong(eventTime ^ Long.MIN_VALUE).array());
  }

  static long eventTime(Bytes key) {
    return ByteBuffer.wrap(key.get()).getLong() ^ Long.MIN_VALUE;
  }
}
