package dev.newswire.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EnrichmentInfo;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.catalog.Fingerprints;
import dev.newswire.schemas.catalog.SchemaCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/**
 * A v2 of NewsArticle (optional {@code kicker}) and of EnrichedArticle (optional {@code sentiment}),
 * kept in test resources only: this build's v1 classes read v2 events once the v2 schema can be found
 * by fingerprint, and a consumer holding v2 reads v1 events with the new field at its default.
 */
class SchemaEvolutionTest {

  private static final Schema NEWS_V2 = EvolvedSchemas.NEWS_V2;
  private static final Schema ENRICHED_V2 = EvolvedSchemas.ENRICHED_V2;

  private final SchemaCatalog catalog = SchemaCatalog.load();

  static NewsArticle v1Article() {
    return NewsArticle.newBuilder().setId("a-1").setSourceId("s-1").setHeadline("Fed Holds Rates")
        .setBody("The Federal Reserve held rates on Wednesday.").setAuthors(List.of("A. Writer"))
        .setPublishedAt(Instant.parse("2026-11-25T12:30:00Z")).setIngestedAt(Instant.parse("2026-11-25T12:31:00Z"))
        .setContentHash("00ff").build();
  }

  static EnrichedArticle v1Enriched() {
    NewsArticle a = v1Article();
    return EnrichedArticle.newBuilder().setId(a.getId()).setHeadline(a.getHeadline()).setBody(a.getBody())
        .setPublishedAt(a.getPublishedAt()).setIngestedAt(a.getIngestedAt()).setContentHash(a.getContentHash())
        .setEnrichment(EnrichmentInfo.newBuilder().setPipelineVersion("p").setModels(List.of("m"))
            .setEnrichedAt(Instant.parse("2026-11-25T12:32:00Z")).setProcessingMillis(5).build())
        .build();
  }

  /** What a v2 writer sends: the v1 content read as v2, the new field set, encoded with v2. */
  static byte[] v2Event(byte[] v1Event, Schema v2, String field, Object value) {
    GenericRecord record = new GenericEventDecoder(v2, SchemaCatalog.load()).decode(v1Event);
    record.put(field, value);
    try {
      ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v2).encode(record);
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SchemaStore knowing(Schema... schemas) {
    SchemaStore.Cache store = new SchemaStore.Cache();
    for (Schema schema : schemas) {
      store.addSchema(schema);
    }
    return store;
  }

  @Test
  void shouldLetTheV1ClassesReadV2EventsIgnoringTheNewFields() {
    ArticleSerdes old = ArticleSerdes.create(knowing(NEWS_V2, ENRICHED_V2));
    byte[] news = v2Event(old.newsArticle().encode(v1Article()), NEWS_V2, "kicker", "WASHINGTON");
    byte[] enriched = v2Event(old.enrichedArticle().encode(v1Enriched()), ENRICHED_V2, "sentiment", -0.25);
    assertThat(Fingerprints.ofEvent(news)).isEqualTo(Fingerprints.of(NEWS_V2))
        .isNotEqualTo(Fingerprints.of(NewsArticle.getClassSchema()));

    assertThat(old.newsArticle().decode(news)).isEqualTo(v1Article());
    assertThat(old.enrichedArticle().decode(enriched)).isEqualTo(v1Enriched());
  }

  @Test
  void shouldNameTheUnknownFingerprintWhenNoStoreKnowsTheWriterSchema() {
    ArticleSerdes old = ArticleSerdes.create();
    byte[] news = v2Event(old.newsArticle().encode(v1Article()), NEWS_V2, "kicker", "WASHINGTON");

    assertThatThrownBy(() -> old.newsArticle().decode(news)).isInstanceOf(SerializationException.class)
        .hasMessageContaining("unknown writer schema " + Fingerprints.toWireHex(Fingerprints.of(NEWS_V2)));
  }

  @Test
  void shouldLetAV2ConsumerReadV1EventsWithTheNewFieldAtItsDefault() {
    ArticleSerdes writer = ArticleSerdes.create();

    GenericRecord news = new GenericEventDecoder(NEWS_V2, catalog).decode(writer.newsArticle().encode(v1Article()));
    GenericRecord enriched =
        new GenericEventDecoder(ENRICHED_V2, catalog).decode(writer.enrichedArticle().encode(v1Enriched()));

    assertThat(news.get("kicker")).isNull();
    assertThat(news.get("id").toString()).isEqualTo("a-1");
    assertThat(news.get("headline").toString()).isEqualTo("Fed Holds Rates");
    assertThat(news.get("publishedAt")).isEqualTo(Instant.parse("2026-11-25T12:30:00Z").toEpochMilli());
    assertThat(enriched.get("sentiment")).isNull();
    assertThat(enriched.get("body").toString()).isEqualTo(v1Enriched().getBody());
    assertThat(((GenericRecord) enriched.get("enrichment")).get("processingMillis")).isEqualTo(5L);
  }

  @Test
  void shouldLetAV2ConsumerReadV2EventsWithTheNewField() {
    byte[] news = v2Event(ArticleSerdes.create().newsArticle().encode(v1Article()), NEWS_V2, "kicker", "PARIS");

    assertThat(new GenericEventDecoder(NEWS_V2, catalog, knowing(NEWS_V2)).decode(news).get("kicker"))
        .hasToString("PARIS");
  }
}
