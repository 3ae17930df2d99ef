package dev.newswire.schemas.serde;

import dev.newswire.schemas.catalog.Fingerprints;
import dev.newswire.schemas.catalog.SchemaCatalog;
import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Decodes single-object encoded newswire events into {@link GenericRecord}s of a reader schema the
 * caller brings, e.g. a consumer built against a newer (or older) release than the events' writers.
 * Writer schemas are resolved like {@link SingleObjectSerde} does: the released versions of the
 * reader's record shipped in this jar, then the fallback store.
 */
public final class GenericEventDecoder {

  private final Schema reader;
  private final BinaryMessageDecoder<GenericRecord> decoder;

  /** A decoder for {@code reader}; {@code fallback} is asked for fingerprints this jar does not ship. */
  public GenericEventDecoder(Schema reader, SchemaCatalog catalog, SchemaStore fallback) {
    this.reader = reader;
    this.decoder = new BinaryMessageDecoder<>(GenericData.get(), reader,
        new KnownSchemas(reader.getName(), reader, catalog, fallback));
  }

  /** A decoder that resolves the shipped schemas only. */
  public GenericEventDecoder(Schema reader, SchemaCatalog catalog) {
    this(reader, catalog, KnownSchemas.NONE);
  }

  /** The event as a record of the reader schema; SerializationException when it cannot be read. */
  public GenericRecord decode(byte[] bytes) {
    try {
      return decoder.decode(bytes);
    } catch (MissingSchemaException e) {
      throw SingleObjectSerde.unknownSchema(reader.getName(), bytes, e);
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("cannot decode " + reader.getName() + " (" + bytes.length + " bytes) as "
          + Fingerprints.toWireHex(Fingerprints.of(reader)) + ": " + e, e);
    }
  }
}
