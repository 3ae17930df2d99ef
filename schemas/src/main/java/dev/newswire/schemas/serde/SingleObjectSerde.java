package dev.newswire.schemas.serde;

import dev.newswire.schemas.catalog.Fingerprints;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for one generated Avro type in Avro single-object encoding: marker {@code C3 01}, the
 * writer schema's CRC-64-AVRO fingerprint (8 bytes, little endian), then the binary body.
 *
 * <p>The decoder knows every released version of the type, so events written by older releases are
 * resolved to the current class; events of a newer release are resolved through the fallback
 * {@link org.apache.avro.message.SchemaStore} given to {@link ArticleSerdes#create(org.apache.avro.message.SchemaStore)}
 * (the schema topic), their new fields skipped. Bytes that cannot be decoded raise
 * {@link SerializationException} (Kafka's signal for a poison pill), and so do bytes Avro alone would
 * half-accept: invalid UTF-8 in a string, lengths bigger than the event, bytes after the record
 * ({@link SingleObjectDecoder}). A null value stays null (a tombstone).
 *
 * @param <T> the generated record class
 */
public final class SingleObjectSerde<T extends SpecificRecord>
    implements Serde<T>, Serializer<T>, Deserializer<T> {

  private final Class<T> type;
  private final BinaryMessageEncoder<T> encoder;
  private final SingleObjectDecoder<T> decoder;

  SingleObjectSerde(Class<T> type, BinaryMessageEncoder<T> encoder, SingleObjectDecoder<T> decoder) {
    this.type = type;
    this.encoder = encoder;
    this.decoder = decoder;
  }

  public Class<T> type() {
    return type;
  }

  /** Encodes one record; never null for a non-null record. */
  public byte[] encode(T value) {
    try {
      ByteBuffer buffer = encoder.encode(value);
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (IOException | AvroRuntimeException e) {
      throw new SerializationException("cannot encode " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /** Decodes one record written with any released (or the current) schema of this type. */
  public T decode(byte[] bytes) {
    if (bytes.length == 0) {
      throw new SerializationException("empty value is not a " + type.getSimpleName() + " event");
    }
    try {
      return decoder.decode(bytes);
    } catch (MissingSchemaException e) {
      throw unknownSchema(type.getSimpleName(), bytes, e);
    } catch (IOException | RuntimeException e) {
      throw new SerializationException(
          "cannot decode " + type.getSimpleName() + " (" + bytes.length + " bytes): " + describe(e), e);
    }
  }

  /** The error for an event whose writer schema neither the shipped catalog nor the fallback store knows. */
  static SerializationException unknownSchema(String recordName, byte[] bytes, MissingSchemaException cause) {
    return new SerializationException("cannot decode " + recordName + ": unknown writer schema "
        + Fingerprints.toWireHex(Fingerprints.ofEvent(bytes)) + " (not released with this build, nor found in"
        + " the schema store)", cause);
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  @Override
  public byte[] serialize(String topic, T data) {
    return data == null ? null : encode(data);
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    return data == null ? null : decode(data);
  }

  @Override
  public Serializer<T> serializer() {
    return this;
  }

  @Override
  public Deserializer<T> deserializer() {
    return this;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    // configured at construction: the released schemas come from the catalog
  }

  @Override
  public void close() {
    // nothing to release: encoder and decoder hold no resources
  }
}
