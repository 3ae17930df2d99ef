package dev.newswire.schemas.serde;

import dev.newswire.schemas.catalog.ReleasedSchema;
import dev.newswire.schemas.catalog.SchemaCatalog;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;

/**
 * Where a decoder finds the writer schema of a fingerprint: first the released versions of its record
 * shipped with this build (and the current schema), then the fallback store (for newswire, the schema
 * topic that writers of other releases publish to), which is asked only for fingerprints this build
 * does not know.
 */
final class KnownSchemas implements SchemaStore {

  /** A fallback that knows nothing: only the shipped schemas are resolved. */
  static final SchemaStore NONE = fingerprint -> null;

  private final SchemaStore.Cache shipped = new SchemaStore.Cache();
  private final SchemaStore fallback;

  KnownSchemas(String recordName, Schema current, SchemaCatalog catalog, SchemaStore fallback) {
    for (ReleasedSchema released : catalog.versionsOf(recordName)) {
      shipped.addSchema(released.schema());
    }
    shipped.addSchema(current);
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  @Override
  public Schema findByFingerprint(long fingerprint) {
    Schema schema = shipped.findByFingerprint(fingerprint);
    return schema != null ? schema : fallback.findByFingerprint(fingerprint);
  }
}
