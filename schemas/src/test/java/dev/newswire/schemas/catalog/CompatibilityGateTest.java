package dev.newswire.schemas.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EntityProfile;
import dev.newswire.schemas.NewsArticle;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * The build's compatibility gate: the current schemas must be compatible both ways with every
 * released version kept in src/main/resources/dev/newswire/schemas/released. This test failing
 * means a schema change would break downstream consumers or old events.
 */
class CompatibilityGateTest {

  private static final Map<String, Schema> CURRENT = Map.of(
      "NewsArticle", NewsArticle.getClassSchema(),
      "EnrichedArticle", EnrichedArticle.getClassSchema(),
      "DeadLetter", DeadLetter.getClassSchema(),
      "EntityProfile", EntityProfile.getClassSchema());

  private final SchemaCatalog catalog = SchemaCatalog.load();

  @Test
  void shouldHaveAReleasedVersionOfEveryEventType() {
    assertThat(catalog.all()).extracting(ReleasedSchema::recordName)
        .contains("NewsArticle", "EnrichedArticle", "DeadLetter", "EntityProfile");
  }

  @Test
  void shouldKeepCurrentSchemasCompatibleBothWaysWithEveryReleasedVersion() {
    for (Map.Entry<String, Schema> current : CURRENT.entrySet()) {
      List<ReleasedSchema> released = catalog.versionsOf(current.getKey());
      assertThat(released).as("released versions of %s", current.getKey()).isNotEmpty();
      assertThat(CompatibilityGate.check(current.getValue(), released))
          .as("compatibility problems of %s", current.getKey()).isEmpty();
    }
  }

  @Test
  void shouldAcceptAddedOptionalField() {
    Schema v2 = withFields(fieldsOfV1() + ", {\"name\": \"extra\", \"type\": [\"null\", \"string\"], \"default\": null}");
    assertThat(CompatibilityGate.check(v2, List.of(v1()))).isEmpty();
  }

  @Test
  void shouldRejectRemovedRequiredField() {
    Schema removed = withFields("{\"name\": \"id\", \"type\": \"string\"}");
    List<String> problems = CompatibilityGate.check(removed, List.of(v1()));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).contains("old readers cannot read new events").contains("headline");
  }

  @Test
  void shouldRejectAddedRequiredField() {
    Schema added = withFields(fieldsOfV1() + ", {\"name\": \"extra\", \"type\": \"string\"}");
    List<String> problems = CompatibilityGate.check(added, List.of(v1()));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).contains("new readers cannot read old events").contains("extra");
  }

  private static String fieldsOfV1() {
    return "{\"name\": \"id\", \"type\": \"string\"}, {\"name\": \"headline\", \"type\": \"string\"}";
  }

  private static ReleasedSchema v1() {
    return new ReleasedSchema("Probe", 1, withFields(fieldsOfV1()));
  }

  private static Schema withFields(String fields) {
    return new Schema.Parser().parse(
        "{\"type\": \"record\", \"name\": \"Probe\", \"namespace\": \"test\", \"fields\": [" + fields + "]}");
  }
}
