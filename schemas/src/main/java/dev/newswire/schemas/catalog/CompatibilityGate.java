package dev.newswire.schemas.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * Decides whether a schema may replace the released versions of its record: it must be compatible
 * both ways with every one of them (new readers read old events, old readers read new events), as
 * Avro's {@link SchemaCompatibility} judges it. The build runs {@link #check(Collection, SchemaCatalog)}
 * over {@link CurrentSchemas#all()} and the shipped catalog ({@code CompatibilityGateTest}).
 */
public final class CompatibilityGate {

  private CompatibilityGate() {}

  /**
   * The build's gate: each candidate against every released version of the record of the same simple
   * name. A candidate without any released version is a problem too (release it first).
   *
   * @return problems found, one readable line each; empty when every candidate may be released
   */
  public static List<String> check(Collection<Schema> candidates, SchemaCatalog catalog) {
    List<String> problems = new ArrayList<>();
    for (Schema candidate : candidates) {
      List<ReleasedSchema> released = catalog.versionsOf(candidate.getName());
      if (released.isEmpty()) {
        problems.add(candidate.getName() + ": no released version; add released/" + candidate.getName()
            + "/v1.avsc and a line in released/index.txt");
      }
      problems.addAll(check(candidate, released));
    }
    return problems;
  }

  /** Problems of one candidate against the given released versions; empty when fully compatible. */
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
