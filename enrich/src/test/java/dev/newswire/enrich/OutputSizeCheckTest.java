package dev.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.enrich.errors.Reasons;
import dev.newswire.enrich.errors.RejectedArticleException;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EnrichmentInfo;
import dev.newswire.schemas.serde.ArticleSerdes;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;

class OutputSizeCheckTest {

  private final Serializer<EnrichedArticle> serializer = ArticleSerdes.create().enrichedArticle().serializer();

  @Test
  void shouldPassAnArticleOfExactlyTheLimitAndRefuseOneByteMore() {
    EnrichedArticle article = article("a-1", "x".repeat(5_000));
    int size = serializer.serialize("out", article).length;

    new OutputSizeCheck(serializer, "out", size).check(article);
    assertThatThrownBy(() -> new OutputSizeCheck(serializer, "out", size - 1).check(article))
        .isInstanceOfSatisfying(RejectedArticleException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reasons.OUTPUT_TOO_LARGE);
          assertThat(e.getMessage()).contains("a-1", Integer.toString(size), Integer.toString(size - 1));
        });
  }

  private static EnrichedArticle article(String id, String body) {
    Instant published = Instant.parse("2026-11-26T09:00:00Z");
    return EnrichedArticle.newBuilder()
        .setId(id)
        .setHeadline("Headline of " + id)
        .setBody(body)
        .setPublishedAt(published)
        .setIngestedAt(published)
        .setContentHash("00".repeat(32))
        .setEntities(List.of())
        .setTopics(List.of())
        .setRelated(List.of())
        .setEnrichment(EnrichmentInfo.newBuilder().setPipelineVersion("test").setModels(List.of())
            .setEnrichedAt(published).setProcessingMillis(1).build())
        .build();
  }
}
