package dev.newswire.enrich.eval;

import static dev.newswire.enrich.eval.MentionScorerTest.gold;
import static dev.newswire.enrich.eval.MentionScorerTest.predicted;
import static dev.newswire.schemas.EntityType.LOCATION;
import static dev.newswire.schemas.EntityType.MISC;
import static dev.newswire.schemas.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class EvalReportTest {

  private final ArticleScore perfect = MentionScorer.score("a1",
      List.of(gold("body", 0, 5, PERSON, "Kim_Jong_Un"), gold("body", 9, 15, LOCATION, "Moscow")),
      List.of(predicted("body", 0, 5, PERSON, "Kim_Jong_Un"), predicted("body", 9, 15, LOCATION, "Moscow")));
  private final ArticleScore poor = MentionScorer.score("a2",
      List.of(gold("body", 0, 5, PERSON, "Vladimir_Putin"), gold("body", 9, 15, LOCATION, null)),
      List.of(predicted("body", 0, 5, PERSON, null), predicted("body", 20, 25, LOCATION, null)));

  @Test
  void shouldMicroAverageOverArticles() {
    EvalReport report = EvalReport.of(List.of(perfect, poor), Duration.ofMillis(30));

    assertThat(report.counts()).isEqualTo(new Counts(3, 1, 1));
    assertThat(report.counts().precision()).isEqualTo(0.75);
    assertThat(report.counts().recall()).isEqualTo(0.75);
    assertThat(report.of(PERSON)).isEqualTo(new Counts(2, 0, 0));
    assertThat(report.of(LOCATION)).isEqualTo(new Counts(1, 1, 1));
    assertThat(report.of(MISC)).isEqualTo(Counts.ZERO);
    assertThat(report.linking()).isEqualTo(new Ratio(2, 3));
    assertThat(report.nil()).isEqualTo(Ratio.ZERO);
    assertThat(report.millisPerArticle()).isEqualTo(15.0);
  }

  @Test
  void shouldWriteTheAgreedJsonKeys() {
    Map<String, Object> json = EvalJson.of(EvalReport.of(List.of(perfect, poor), Duration.ofMillis(30)));

    assertThat(json).containsKeys("precision", "recall", "f1", "link_accuracy", "per_type", "articles",
        "gold_mentions", "predicted_mentions");
    assertThat(json.get("precision")).isEqualTo(0.75);
    assertThat(json.get("articles")).isEqualTo(2);
    assertThat(json.get("gold_mentions")).isEqualTo(4);
    assertThat(json.get("predicted_mentions")).isEqualTo(4);
    assertThat(json.get("link_accuracy")).isEqualTo(2.0 / 3.0);
    assertThat(json.get("per_type")).asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsOnlyKeys("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  }

  @Test
  void shouldPrintTheSummaryAndOnlyArticlesWithErrors() {
    EvalReport report = EvalReport.of(List.of(perfect, poor), Duration.ofMillis(30));

    assertThat(EvalTable.summary(report))
        .contains("2 articles, 4 gold mentions, 4 predicted mentions, 15.0 ms per article")
        .containsPattern("ALL\\s+4\\s+4\\s+3\\s+0\\.750\\s+0\\.750\\s+0\\.750")
        .contains("linking accuracy  0.667  (2/3");
    assertThat(EvalTable.details(report))
        .doesNotContain("a1")
        .contains("a2", "FP   body[20,25)", "FN   body[9,15)", "LINK 'xxxxx' body[0,5) gold Vladimir_Putin, predicted null");
  }
}
