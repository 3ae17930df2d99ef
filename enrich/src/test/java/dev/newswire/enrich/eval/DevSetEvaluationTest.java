package dev.newswire.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EnrichmentInfo;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.EntityType;
import dev.newswire.schemas.Mention;
import dev.newswire.schemas.NewsArticle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevSetEvaluationTest {

  private static final DevArticle SUMMIT = new DevArticle("t-1", "Putin meets Kim",
      "Vladimir Putin met Kim in Moscow.", List.of(
          new GoldMention("headline", 0, 5, "Putin", EntityType.PERSON, "Vladimir_Putin"),
          new GoldMention("body", 0, 14, "Vladimir Putin", EntityType.PERSON, "Vladimir_Putin"),
          new GoldMention("body", 26, 32, "Moscow", EntityType.LOCATION, "Moscow")));

  @Test
  void shouldScoreWhatTheEnricherFindsAndTimeOnlyTheEnrichment() {
    List<NewsArticle> seen = new ArrayList<>();
    DevSetEvaluation evaluation = new DevSetEvaluation(article -> {
      seen.add(article);
      return enriched(article, List.of(
          entity(EntityType.PERSON, "Vladimir_Putin",
              new Mention("headline", 0, 5, "Putin"), new Mention("body", 0, 14, "Vladimir Putin")),
          entity(EntityType.PERSON, null, new Mention("body", 19, 22, "Kim"))));
    }, new SteppingClock(Duration.ofMillis(7)));

    EvalReport report = evaluation.run(List.of(SUMMIT));

    assertThat(seen).extracting(NewsArticle::getId).containsExactly("t-1");
    assertThat(report.counts()).isEqualTo(new Counts(2, 1, 1));
    assertThat(report.linking()).isEqualTo(new Ratio(2, 2));
    assertThat(report.millisPerArticle()).isEqualTo(7.0);
  }

  private static Entity entity(EntityType type, String kbId, Mention... mentions) {
    return Entity.newBuilder().setId(type + ":" + mentions[0].getText()).setName(mentions[0].getText())
        .setType(type).setKbId(kbId).setMentions(List.of(mentions)).build();
  }

  private static EnrichedArticle enriched(NewsArticle article, List<Entity> entities) {
    return EnrichedArticle.newBuilder()
        .setId(article.getId())
        .setHeadline(article.getHeadline())
        .setBody(article.getBody())
        .setIngestedAt(article.getIngestedAt())
        .setContentHash(article.getContentHash())
        .setEntities(entities)
        .setEnrichment(EnrichmentInfo.newBuilder().setPipelineVersion("test")
            .setEnrichedAt(article.getIngestedAt()).setProcessingMillis(0).build())
        .build();
  }

  /** A clock that moves on by a fixed step every time it is read. */
  private static final class SteppingClock extends Clock {
    private final Duration step;
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    SteppingClock(Duration step) {
      this.step = step;
    }

    @Override
    public Instant instant() {
      Instant current = now;
      now = now.plus(step);
      return current;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
