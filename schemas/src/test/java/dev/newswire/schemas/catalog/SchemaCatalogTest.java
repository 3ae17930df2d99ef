package dev.newswire.schemas.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class SchemaCatalogTest {

  @Test
  void shouldListReleasedVersionsInOrderWithWireFingerprints() {
    SchemaCatalog catalog = SchemaCatalog.load();
    ReleasedSchema v1 = catalog.versionsOf("NewsArticle").get(0);

    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.wireFingerprintHex()).hasSize(16).matches("[0-9a-f]{16}");
  }

  @Test
  void shouldDecodeEventsWrittenWithTheReleasedSchema() {
    // The current schema is v1; an event's fingerprint must be one the catalog knows.
    byte[] bytes = ArticleSerdes.create().newsArticle().serialize("t", NewsArticle.newBuilder()
        .setId("x").setHeadline("h").setBody("b").setContentHash("c")
        .setIngestedAt(java.time.Instant.EPOCH).build());
    long onWire = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();

    assertThat(SchemaCatalog.load().all()).extracting(ReleasedSchema::fingerprint).contains(onWire);
  }
}
