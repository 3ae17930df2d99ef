package dev.newswire.schemas.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;

/**
 * Decodes Avro single-object events (marker {@code C3 01}, the writer schema's 8-byte little-endian
 * fingerprint, the binary body) into one generated type, resolving any writer schema the store knows.
 * Unlike Avro's {@code BinaryMessageDecoder} it trusts nothing in the body: lengths must fit in the
 * event, strings must be valid UTF-8 ({@link BoundedBinaryDecoder}) and no bytes may follow the
 * record. Thread-safe.
 *
 * @param <T> the generated record class
 */
final class SingleObjectDecoder<T> {

  static final int HEADER_BYTES = 10;

  private final SpecificData model;
  private final Schema readSchema;
  private final SchemaStore store;
  private final Map<Long, DatumReader<T>> readers = new ConcurrentHashMap<>();

  SingleObjectDecoder(SpecificData model, Schema readSchema, SchemaStore store) {
    this.model = model;
    this.readSchema = readSchema;
    this.store = store;
  }

  /**
   * Decodes one event.
   *
   * @throws IOException or an Avro runtime exception when the bytes are not such an event
   */
  T decode(byte[] bytes) throws IOException {
    if (bytes.length < HEADER_BYTES || bytes[0] != (byte) 0xC3 || bytes[1] != (byte) 0x01) {
      throw new BadHeaderException("not a single-object event: no C3 01 header in " + bytes.length + " bytes");
    }
    long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    BoundedBinaryDecoder in = new BoundedBinaryDecoder(bytes, HEADER_BYTES, bytes.length - HEADER_BYTES);
    T value = readerFor(fingerprint).read(null, in);
    if (!in.isEnd()) {
      throw new IOException("malformed data: bytes follow the record in an event of " + bytes.length + " bytes");
    }
    return value;
  }

  private DatumReader<T> readerFor(long fingerprint) {
    DatumReader<T> reader = readers.get(fingerprint);
    if (reader != null) {
      return reader;
    }
    Schema writeSchema = store.findByFingerprint(fingerprint);
    if (writeSchema == null) {
      throw new MissingSchemaException("cannot resolve schema for fingerprint: " + fingerprint);
    }
    @SuppressWarnings("unchecked")
    DatumReader<T> created = (DatumReader<T>) model.createDatumReader(writeSchema, readSchema);
    readers.putIfAbsent(fingerprint, created);
    return created;
  }
}
