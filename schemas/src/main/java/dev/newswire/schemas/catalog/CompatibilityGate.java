package dev.newswire.schemas.catalog;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * Decides whether a schema may replace the released versions of its record: it must be compatible
 * both ways with every one of them (new readers read old events, old readers read new events), as
 * Avro's {@link SchemaCompatibility} judges it. The build runs this over every schema.
 */
public final class CompatibilityGate {

  private CompatibilityGate() {}

  /** Problems found, one readable line each; empty when the candidate is fully compatible. */
  public static List<String> check(Schema candidate, List<ReleasedSchema> released) {
    List<String> problems = new ArrayList<>();
    for (ReleasedSchema old : released) {
      SchemaPairCompatibility backward = SchemaCompatibility.checkReaderWriterCompatibility(candidate, old.schema());
      if (backward.getType() != SchemaCompatibilityType.COMPATIBLE) {
        problems.add(old.recordName() + " v" + old.version() + " -> current: new readers cannot read old events: "
            + backward.getResult().getIncompatibilities());
      }
      SchemaPairCompatibility forward = SchemaCompatibility.checkReaderWriterCompatibility(old.schema(), candidate);
      if (forward.getType() != SchemaCompatibilityType.COMPATIBLE) {
        problems.add("current -> " + old.recordName() + " v" + old.version() + ": old readers cannot read new events: "
            + forward.getResult().getIncompatibilities());
      }
    }
    return problems;
  }
}
