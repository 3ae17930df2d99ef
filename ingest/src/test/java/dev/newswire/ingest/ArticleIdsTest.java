package dev.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  @Test
  void shouldHashHeadlineStandfirstAndBodyJoinedByNewlines() {
    // expected values computed independently with Python hashlib.sha256
    assertThat(ArticleIds.contentHash("H", "S", "B"))
        .isEqualTo("6261b5f1c08004b43bb051dd5247ef84c1acb7f62ce024da1e872846743ada99");
    assertThat(ArticleIds.contentHash("H", null, "B"))
        .isEqualTo("40a40665480295685052032c6760b3c4c8866fd74ba4b5bd26bbc51d1b1d15bd");
    assertThat(ArticleIds.contentHash("H", null, "B")).isEqualTo(ArticleIds.contentHash("H", "", "B"));
    assertThat(ArticleIds.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void shouldDeriveIdFromSourceAndSourceIdWhenPresent() {
    String hash = ArticleIds.contentHash("H", null, "B");

    String id = ArticleIds.articleId("Wire", "42", hash);

    assertThat(id).isEqualTo("ba16dbd1c86c7a4a0e15b937f708a4cf");
    assertThat(ArticleIds.articleId("Wire", "42", ArticleIds.contentHash("Other", null, "Text"))).isEqualTo(id);
    assertThat(ArticleIds.articleId("Other Wire", "42", hash)).isNotEqualTo(id);
    assertThat(ArticleIds.articleId(null, "42", hash)).isEqualTo(ArticleIds.sha256Hex("\u000042").substring(0, 32));
  }

  @Test
  void shouldDeriveIdFromContentHashWithoutSourceId() {
    String hash = ArticleIds.contentHash("H", null, "B");

    assertThat(ArticleIds.articleId(null, null, hash)).isEqualTo(hash.substring(0, 32));
    assertThat(ArticleIds.articleId("", "", hash)).isEqualTo(hash.substring(0, 32));
  }

  @Test
  void shouldGiveACopyFromAnotherSourceAnotherIdWithoutSourceId() {
    String hash = ArticleIds.contentHash("H", null, "B");

    String wire = ArticleIds.articleId("Wire", null, hash);

    assertThat(wire).isEqualTo(ArticleIds.sha256Hex("Wire\u0000#" + hash).substring(0, 32));
    assertThat(ArticleIds.articleId("Wire", "", hash)).isEqualTo(wire);
    assertThat(ArticleIds.articleId("Other Wire", null, hash)).isNotEqualTo(wire).hasSize(32);
  }
}
