package dev.newswire.schemas.catalog;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/** One released version of one record schema, as kept in the repository. */
public record ReleasedSchema(String recordName, int version, Schema schema) {

  /** CRC-64-AVRO fingerprint of the schema's parsing canonical form, as on the wire. */
  public long fingerprint() {
    return SchemaNormalization.parsingFingerprint64(schema);
  }

  /** The fingerprint as 16 hex digits, in the byte order it has on the wire (little endian). */
  public String wireFingerprintHex() {
    long fp = fingerprint();
    StringBuilder hex = new StringBuilder(16);
    for (int i = 0; i < 8; i++) {
      hex.append(String.format("%02x", (fp >>> (8 * i)) & 0xff));
    }
    return hex.toString();
  }
}
