package dev.newswire.schemas.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.util.Utf8;

/**
 * An Avro binary decoder over one event's bytes that distrusts them: no string, byte array, array or
 * map may claim more elements than the event has bytes (Avro would allocate whatever a corrupt
 * length says: 20 bytes claiming a 2 GiB string end in {@link OutOfMemoryError}), and strings must be
 * valid UTF-8 (Avro would replace bad bytes and lone surrogates with U+FFFD and carry on). Both
 * problems raise {@link IOException}. Not thread-safe: one per decode.
 */
final class BoundedBinaryDecoder extends Decoder {

  private final BinaryDecoder in;
  private final int size;

  BoundedBinaryDecoder(byte[] bytes, int offset, int length) {
    this.in = DecoderFactory.get().binaryDecoder(bytes, offset, length, null);
    this.size = length;
  }

  /** True when every byte was read. */
  boolean isEnd() throws IOException {
    return in.isEnd();
  }

  @Override
  public void readNull() throws IOException {
    in.readNull();
  }

  @Override
  public boolean readBoolean() throws IOException {
    return in.readBoolean();
  }

  @Override
  public int readInt() throws IOException {
    return in.readInt();
  }

  @Override
  public long readLong() throws IOException {
    return in.readLong();
  }

  @Override
  public float readFloat() throws IOException {
    return in.readFloat();
  }

  @Override
  public double readDouble() throws IOException {
    return in.readDouble();
  }

  @Override
  public Utf8 readString(Utf8 old) throws IOException {
    byte[] bytes = readLengthPrefixed("string");
    requireUtf8(bytes);
    Utf8 result = old != null ? old : new Utf8();
    result.setByteLength(bytes.length);
    System.arraycopy(bytes, 0, result.getBytes(), 0, bytes.length);
    return result;
  }

  @Override
  public String readString() throws IOException {
    return requireUtf8(readLengthPrefixed("string"));
  }

  @Override
  public void skipString() throws IOException {
    in.skipFixed(length(in.readLong(), "string"));
  }

  @Override
  public ByteBuffer readBytes(ByteBuffer old) throws IOException {
    return ByteBuffer.wrap(readLengthPrefixed("byte array"));
  }

  @Override
  public void skipBytes() throws IOException {
    in.skipFixed(length(in.readLong(), "byte array"));
  }

  @Override
  public void readFixed(byte[] bytes, int start, int length) throws IOException {
    in.readFixed(bytes, start, length);
  }

  @Override
  public void skipFixed(int length) throws IOException {
    in.skipFixed(length);
  }

  @Override
  public int readEnum() throws IOException {
    return in.readEnum();
  }

  @Override
  public long readArrayStart() throws IOException {
    return length(in.readArrayStart(), "array");
  }

  @Override
  public long arrayNext() throws IOException {
    return length(in.arrayNext(), "array");
  }

  @Override
  public long skipArray() throws IOException {
    return length(in.skipArray(), "array");
  }

  @Override
  public long readMapStart() throws IOException {
    return length(in.readMapStart(), "map");
  }

  @Override
  public long mapNext() throws IOException {
    return length(in.mapNext(), "map");
  }

  @Override
  public long skipMap() throws IOException {
    return length(in.skipMap(), "map");
  }

  @Override
  public int readIndex() throws IOException {
    return in.readIndex();
  }

  private byte[] readLengthPrefixed(String what) throws IOException {
    byte[] bytes = new byte[length(in.readLong(), what)];
    in.readFixed(bytes, 0, bytes.length);
    return bytes;
  }

  /**
   * A length or item count that fits in the event. Newswire's schemas have no arrays or maps of
   * null, so every item takes at least one byte.
   */
  private int length(long claimed, String what) throws IOException {
    if (claimed < 0 || claimed > size) {
      String unit = what.equals("array") || what.equals("map") ? " items" : " bytes";
      throw new IOException("malformed data: a " + what + " of " + claimed + unit + " cannot fit in an event of "
          + size + " bytes");
    }
    return (int) claimed;
  }

  private static String requireUtf8(byte[] bytes) throws IOException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException("malformed data: a string of " + bytes.length + " bytes is not valid UTF-8", e);
    }
  }
}
