package dev.newswire.schemas.catalog;

import org.apache.avro.Schema;

/** One released version of one record schema, as kept in the repository. */
public record ReleasedSchema(String recordName, int version, Schema schema) {

  /** CRC-64-AVRO fingerprint of the schema's parsing canonical form, as on the wire. */
  public long fingerprint() {
    return Fingerprints.of(schema);
  }

  /** The fingerprint as 16 hex digits, in the byte order it has on the wire (little endian). */
  public String wireFingerprintHex() {
    return Fingerprints.toWireHex(fingerprint());
  }
}
