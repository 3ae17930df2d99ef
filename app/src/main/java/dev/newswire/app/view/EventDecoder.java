package dev.newswire.app.view;

import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EntityProfile;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.catalog.Fingerprints;
import dev.newswire.schemas.catalog.ReleasedSchema;
import dev.newswire.schemas.catalog.SchemaCatalog;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.serde.SingleObjectSerde;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Decodes any newswire event by the schema fingerprint in its single-object header, so that a tool
 * can read any of our topics without being told what it holds. A fingerprint of another release is
 * looked up in the fallback store (the schema topic) and read by the serde of the record it names.
 */
public final class EventDecoder {

  private final Map<Long, SingleObjectSerde<? extends SpecificRecord>> byFingerprint = new ConcurrentHashMap<>();
  private final Map<String, SingleObjectSerde<? extends SpecificRecord>> byRecordName = new HashMap<>();
  private final SchemaStore fallback;

  /** A decoder of the schemas shipped with this build only. */
  public EventDecoder(ArticleSerdes serdes, SchemaCatalog catalog) {
    this(serdes, catalog, fingerprint -> null);
  }

  /** {@code serdes} should resolve through the same {@code fallback} ({@code ArticleSerdes.create(fallback)}). */
  public EventDecoder(ArticleSerdes serdes, SchemaCatalog catalog, SchemaStore fallback) {
    this.fallback = fallback;
    register(serdes.newsArticle(), NewsArticle.getClassSchema(), catalog);
    register(serdes.enrichedArticle(), EnrichedArticle.getClassSchema(), catalog);
    register(serdes.deadLetter(), DeadLetter.getClassSchema(), catalog);
    register(serdes.entityProfile(), EntityProfile.getClassSchema(), catalog);
  }

  private void register(SingleObjectSerde<? extends SpecificRecord> serde, Schema current, SchemaCatalog catalog) {
    byFingerprint.put(SchemaNormalization.parsingFingerprint64(current), serde);
    byRecordName.put(current.getFullName(), serde);
    for (ReleasedSchema released : catalog.versionsOf(serde.type().getSimpleName())) {
      byFingerprint.put(released.fingerprint(), serde);
    }
  }

  /** The event, or a {@link SerializationException} saying why the bytes are not one of ours. */
  public SpecificRecord decode(byte[] bytes) {
    if (bytes == null || bytes.length < 10 || bytes[0] != (byte) 0xC3 || bytes[1] != (byte) 0x01) {
      throw new SerializationException("not an Avro single-object encoded event");
    }
    long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    SingleObjectSerde<? extends SpecificRecord> serde = byFingerprint.computeIfAbsent(fingerprint, this::ofOtherRelease);
    if (serde == null) {
      throw new SerializationException("unknown schema fingerprint " + Fingerprints.toWireHex(fingerprint));
    }
    return serde.decode(bytes);
  }

  private SingleObjectSerde<? extends SpecificRecord> ofOtherRelease(long fingerprint) {
    Schema writer;
    try {
      writer = fallback.findByFingerprint(fingerprint);
    } catch (RuntimeException e) {
      throw new SerializationException("cannot look up schema " + Fingerprints.toWireHex(fingerprint) + ": "
          + e.getMessage(), e);
    }
    return writer == null ? null : byRecordName.get(writer.getFullName());
  }
}
