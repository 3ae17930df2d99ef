package dev.newswire.enrich.eval;

import static dev.newswire.schemas.EntityType.LOCATION;
import static dev.newswire.schemas.EntityType.MISC;
import static dev.newswire.schemas.EntityType.ORGANIZATION;
import static dev.newswire.schemas.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newswire.schemas.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionScorerTest {

  private static final GoldMention PUTIN = gold("body", 0, 5, PERSON, "Vladimir_Putin");
  private static final GoldMention MOSCOW = gold("body", 10, 16, LOCATION, "Moscow");
  private static final GoldMention ACME = gold("headline", 0, 4, ORGANIZATION, null);
  private static final GoldMention RUSSIAN = gold("body", 20, 27, MISC, "Russia");

  @Test
  void shouldScoreExactSpanAndTypeAndLinksOnSpanAlone() {
    List<PredictedMention> predicted = List.of(
        predicted("body", 0, 5, PERSON, "Vladimir_Putin"), // right, linked right
        predicted("body", 10, 16, ORGANIZATION, "Moscow"), // wrong type: FP and FN, linked right
        predicted("headline", 0, 5, ORGANIZATION, null), // wrong span: FP, and ACME is an FN
        predicted("body", 20, 27, MISC, null), // right, linked wrong
        predicted("body", 30, 35, PERSON, null)); // spurious

    ArticleScore score = MentionScorer.score("a1", List.of(PUTIN, MOSCOW, ACME, RUSSIAN), predicted);

    assertThat(score.counts()).isEqualTo(new Counts(2, 3, 2));
    assertThat(score.counts().precision()).isEqualTo(0.4);
    assertThat(score.counts().recall()).isEqualTo(0.5);
    assertThat(score.counts().f1()).isCloseTo(4.0 / 9.0, within(1e-12));
    assertThat(score.of(PERSON)).isEqualTo(new Counts(1, 1, 0));
    assertThat(score.of(LOCATION)).isEqualTo(new Counts(0, 0, 1));
    assertThat(score.of(ORGANIZATION)).isEqualTo(new Counts(0, 2, 1));
    assertThat(score.of(MISC)).isEqualTo(new Counts(1, 0, 0));
    assertThat(score.linking()).isEqualTo(new Ratio(2, 3));
    assertThat(score.nil()).isEqualTo(Ratio.ZERO);
    assertThat(score.falseNegatives()).containsExactly(MOSCOW, ACME);
    assertThat(score.falsePositives()).extracting(PredictedMention::start).containsExactly(10, 30, 0);
    assertThat(score.linkErrors()).containsExactly(new LinkError(RUSSIAN, null));
  }

  @Test
  void shouldCountNilAccuracyOverGoldWithoutKbId() {
    GoldMention acmeInBody = gold("body", 40, 44, ORGANIZATION, null);
    List<PredictedMention> predicted = List.of(
        predicted("headline", 0, 4, ORGANIZATION, null),
        predicted("body", 40, 44, ORGANIZATION, "Acme_Corporation"));

    ArticleScore score = MentionScorer.score("a2", List.of(ACME, acmeInBody), predicted);

    assertThat(score.counts()).isEqualTo(new Counts(2, 0, 0));
    assertThat(score.nil()).isEqualTo(new Ratio(1, 2));
    assertThat(score.linking()).isEqualTo(Ratio.ZERO);
    assertThat(score.linkErrors()).containsExactly(new LinkError(acmeInBody, "Acme_Corporation"));
  }

  @Test
  void shouldCountARepeatedPredictedSpanOnceAndTheRepeatAsFalsePositive() {
    List<PredictedMention> predicted = List.of(
        predicted("body", 0, 5, PERSON, "Vladimir_Putin"),
        predicted("body", 0, 5, PERSON, "Vladimir_Putin"));

    ArticleScore score = MentionScorer.score("a3", List.of(PUTIN), predicted);

    assertThat(score.counts()).isEqualTo(new Counts(1, 1, 0));
    assertThat(score.linking()).isEqualTo(new Ratio(1, 1));
  }

  @Test
  void shouldTreatTheSameOffsetsInAnotherFieldAsAnotherSpan() {
    ArticleScore score = MentionScorer.score("a4", List.of(PUTIN),
        List.of(predicted("headline", 0, 5, PERSON, "Vladimir_Putin")));

    assertThat(score.counts()).isEqualTo(new Counts(0, 1, 1));
    assertThat(score.linking()).isEqualTo(Ratio.ZERO);
  }

  @Test
  void shouldMissEverythingWhenNothingIsPredicted() {
    ArticleScore score = MentionScorer.score("a5", List.of(PUTIN, MOSCOW), List.of());

    assertThat(score.counts()).isEqualTo(new Counts(0, 0, 2));
    assertThat(score.counts().f1()).isZero();
  }

  static GoldMention gold(String field, int start, int end, EntityType type, String kbId) {
    return new GoldMention(field, start, end, "x".repeat(end - start), type, kbId);
  }

  static PredictedMention predicted(String field, int start, int end, EntityType type, String kbId) {
    return new PredictedMention(field, start, end, "x".repeat(end - start), type, kbId);
  }
}
