package dev.newswire.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EnrichmentInfo;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.EntityType;
import dev.newswire.schemas.Mention;
import dev.newswire.schemas.catalog.SchemaCatalog;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.serde.AvroTrust;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvroJsonViewTest {

  static {
    AvroTrust.ensureInstalled();
  }

  private final AvroJsonView view = new AvroJsonView();

  static EnrichedArticle article() {
    return EnrichedArticle.newBuilder()
        .setId("a1").setSourceId("wire-7").setHeadline("Putin visits Japan").setBody("Body.")
        .setPublishedAt(Instant.parse("2026-11-25T12:30:00Z")).setIngestedAt(Instant.parse("2026-11-26T06:00:00Z"))
        .setContentHash("ff")
        .setEntities(List.of(Entity.newBuilder().setId("e-1").setName("Vladimir Putin").setType(EntityType.PERSON)
            .setSalience(0.75).setMentions(List.of(new Mention("headline", 0, 5, "Putin"))).build()))
        .setEnrichment(EnrichmentInfo.newBuilder().setPipelineVersion("dev").setEnrichedAt(Instant.EPOCH)
            .setProcessingMillis(12).build())
        .build();
  }

  @Test
  void shouldUnwrapUnionsAndWriteTimestampsAsIso8601() throws Exception {
    JsonNode json = new ObjectMapper().readTree(view.toJsonLine(article()));

    assertThat(json.get("sourceId").asText()).isEqualTo("wire-7");
    assertThat(json.get("url").isNull()).isTrue();
    assertThat(json.get("publishedAt").asText()).isEqualTo("2026-11-25T12:30:00Z");
    assertThat(json.get("inputFormat").asText()).isEqualTo("UNKNOWN");
    JsonNode entity = json.get("entities").get(0);
    assertThat(entity.get("type").asText()).isEqualTo("PERSON");
    assertThat(entity.get("kbId").isNull()).isTrue();
    assertThat(entity.get("salience").asDouble()).isEqualTo(0.75);
    assertThat(entity.get("mentions").get(0).get("field").asText()).isEqualTo("headline");
    assertThat(entity.get("mentions").get(0).get("end").asInt()).isEqualTo(5);
    assertThat(json.get("enrichment").get("processingMillis").asLong()).isEqualTo(12);
  }

  @Test
  void shouldWriteBytesAsBase64() throws Exception {
    DeadLetter letter = DeadLetter.newBuilder().setStage("ingest").setReason("EMPTY_INPUT").setErrorClass("x")
        .setErrorMessage("file is empty").setOriginalBytes(ByteBuffer.wrap(new byte[] {1, 2, 3}))
        .setTimestamp(Instant.EPOCH).build();

    JsonNode json = new ObjectMapper().readTree(view.toJsonLine(letter));

    assertThat(json.get("originalBytes").asText()).isEqualTo("AQID");
    assertThat(json.get("timestamp").asText()).isEqualTo("1970-01-01T00:00:00Z");
  }

  @Test
  void shouldDecodeAnyOfOurEventsByFingerprint() {
    ArticleSerdes serdes = ArticleSerdes.create();
    EventDecoder decoder = new EventDecoder(serdes, SchemaCatalog.load());

    assertThat(decoder.decode(serdes.enrichedArticle().encode(article()))).isEqualTo(article());
  }

  @Test
  void shouldSummariseEntitiesByType() {
    assertThat(ReadableSummary.of(article()))
        .contains("Putin visits Japan")
        .containsPattern("PERSON\\s+Vladimir Putin ×1");
  }
}
