package dev.newswire.schemas.catalog;

import static dev.newswire.schemas.serde.EvolvedSchemas.ENRICHED_V2;
import static dev.newswire.schemas.serde.EvolvedSchemas.NEWS_V2;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * The build's compatibility gate: the current schemas must be compatible both ways with every
 * released version kept in src/main/resources/dev/newswire/schemas/released. This test failing
 * means a schema change would break downstream consumers or old events. The v2 tests feed the same
 * {@link CompatibilityGate#check(java.util.Collection, SchemaCatalog)} a v2 of the real records.
 */
class CompatibilityGateTest {

  private final SchemaCatalog catalog = SchemaCatalog.load();

  @Test
  void shouldHaveAReleasedVersionOfEveryEventType() {
    assertThat(catalog.all()).extracting(ReleasedSchema::recordName)
        .contains("NewsArticle", "EnrichedArticle", "DeadLetter", "EntityProfile", "Story");
  }

  @Test
  void shouldKeepCurrentSchemasCompatibleBothWaysWithEveryReleasedVersion() {
    assertThat(CurrentSchemas.all()).extracting(Schema::getName)
        .containsExactly("NewsArticle", "EnrichedArticle", "DeadLetter", "EntityProfile", "Story");
    assertThat(CompatibilityGate.check(CurrentSchemas.all(), catalog)).isEmpty();
  }

  /** What this build writes must be released, so that readers of other releases resolve its fingerprint. */
  @Test
  void shouldReleaseEachCurrentSchemaAsTheLatestVersionOfItsRecord() {
    for (Schema current : CurrentSchemas.all()) {
      List<ReleasedSchema> versions = catalog.versionsOf(current.getName());
      assertThat(versions.get(versions.size() - 1).fingerprint()).as(current.getName())
          .isEqualTo(Fingerprints.of(current));
    }
  }

  @Test
  void shouldCarryTheOptionalDatelineFromNewsArticleV2() {
    for (String record : List.of("NewsArticle", "EnrichedArticle")) {
      List<ReleasedSchema> versions = catalog.versionsOf(record);
      assertThat(versions).extracting(ReleasedSchema::version).startsWith(1, 2);
      assertThat(versions.get(0).schema().getField("dateline")).isNull();
      Schema.Field dateline = versions.get(1).schema().getField("dateline");
      assertThat(dateline.schema().getTypes()).extracting(Schema::getType)
          .containsExactly(Schema.Type.NULL, Schema.Type.STRING);
      assertThat(dateline.hasDefaultValue()).isTrue();
      assertThat(dateline.defaultVal()).isEqualTo(org.apache.avro.JsonProperties.NULL_VALUE);
    }
  }

  @Test
  void shouldCarryTheOptionalStoryIdFromEnrichedArticleV3() {
    assertThat(catalog.versionsOf("NewsArticle")).extracting(ReleasedSchema::version).containsExactly(1, 2);
    List<ReleasedSchema> versions = catalog.versionsOf("EnrichedArticle");
    assertThat(versions).extracting(ReleasedSchema::version).containsExactly(1, 2, 3);
    assertThat(versions.get(1).schema().getField("storyId")).isNull();
    Schema.Field story = versions.get(2).schema().getField("storyId");
    assertThat(story.schema().getTypes()).extracting(Schema::getType)
        .containsExactly(Schema.Type.NULL, Schema.Type.STRING);
    assertThat(story.defaultVal()).isEqualTo(org.apache.avro.JsonProperties.NULL_VALUE);
  }

  // The gate above, fed a v2 of the real records (test resources) instead of the generated schemas.

  @Test
  void shouldAcceptV2sThatAddAnOptionalField() {
    assertThat(CompatibilityGate.check(List.of(NEWS_V2, ENRICHED_V2), catalog)).isEmpty();
  }

  @Test
  void shouldRejectAV2ThatRemovesARequiredField() {
    Schema withoutHeadline = without(NEWS_V2, "headline");

    List<String> problems = CompatibilityGate.check(List.of(withoutHeadline, ENRICHED_V2), catalog);

    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("current -> NewsArticle v1: old readers cannot read new events");
    assertThat(problems.get(1)).startsWith("current -> NewsArticle v2: old readers cannot read new events");
    assertThat(problems).allSatisfy(p -> assertThat(p).contains("READER_FIELD_MISSING_DEFAULT").contains("headline"));
  }

  @Test
  void shouldRejectAV2ThatAddsARequiredFieldWithoutDefault() {
    Schema withDesk = with(ENRICHED_V2, new Schema.Field("desk", Schema.create(Schema.Type.STRING), "required"));

    List<String> problems = CompatibilityGate.check(List.of(NEWS_V2, withDesk), catalog);

    assertThat(problems).hasSize(3);
    assertThat(problems.get(0)).startsWith("EnrichedArticle v1 -> current: new readers cannot read old events");
    assertThat(problems.get(1)).startsWith("EnrichedArticle v2 -> current: new readers cannot read old events");
    assertThat(problems.get(2)).startsWith("EnrichedArticle v3 -> current: new readers cannot read old events");
    assertThat(problems).allSatisfy(p -> assertThat(p).contains("READER_FIELD_MISSING_DEFAULT").contains("desk"));
  }

  @Test
  void shouldRejectASchemaThatWasNeverReleased() {
    assertThat(CompatibilityGate.check(List.of(withFields(fieldsOfV1())), catalog))
        .containsExactly("Probe: no released version; add released/Probe/v1.avsc and a line in released/index.txt");
  }

  private static Schema without(Schema record, String field) {
    return copy(record, record.getFields().stream().filter(f -> !f.name().equals(field))
        .map(f -> new Schema.Field(f, f.schema())).toList());
  }

  private static Schema with(Schema record, Schema.Field extra) {
    List<Schema.Field> fields = new java.util.ArrayList<>(
        record.getFields().stream().map(f -> new Schema.Field(f, f.schema())).toList());
    fields.add(extra);
    return copy(record, fields);
  }

  private static Schema copy(Schema record, List<Schema.Field> fields) {
    return Schema.createRecord(record.getName(), record.getDoc(), record.getNamespace(), false, fields);
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
