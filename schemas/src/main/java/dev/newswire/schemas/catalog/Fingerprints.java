package dev.newswire.schemas.catalog;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * CRC-64-AVRO schema fingerprints as Avro single-object encoding puts them on the wire (8 bytes,
 * little endian) and as newswire writes them in text: the 16 hex digits of those bytes, in wire order,
 * so that the text matches a hex dump of an event's bytes 2 to 9.
 */
public final class Fingerprints {

  private static final HexFormat HEX = HexFormat.of();

  private Fingerprints() {}

  /** The fingerprint of a schema's parsing canonical form. */
  public static long of(Schema schema) {
    return SchemaNormalization.parsingFingerprint64(schema);
  }

  /** 16 lower-case hex digits in wire order. */
  public static String toWireHex(long fingerprint) {
    return HEX.formatHex(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(fingerprint).array());
  }

  /** The fingerprint written by {@link #toWireHex}; IllegalArgumentException for anything else. */
  public static long fromWireHex(String hex) {
    if (hex == null || !hex.toLowerCase(Locale.ROOT).matches("[0-9a-f]{16}")) {
      throw new IllegalArgumentException("not a 16-digit hex schema fingerprint: '" + hex + "'");
    }
    return ByteBuffer.wrap(HEX.parseHex(hex.toLowerCase(Locale.ROOT))).order(ByteOrder.LITTLE_ENDIAN).getLong();
  }

  /** The fingerprint in an event's single-object header, or IllegalArgumentException when there is none. */
  public static long ofEvent(byte[] event) {
    if (event == null || event.length < 10 || event[0] != (byte) 0xC3 || event[1] != (byte) 0x01) {
      throw new IllegalArgumentException("not an Avro single-object encoded event");
    }
    return ByteBuffer.wrap(event, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
  }
}
