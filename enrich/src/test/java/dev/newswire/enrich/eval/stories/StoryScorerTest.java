package dev.newswire.enrich.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newswire.enrich.eval.Counts;
import dev.newswire.enrich.eval.Ratio;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryScorerTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  /** a1 a2 a3 one story over 10 days (a3 re-runs a1), b1 b2 another, c alone. */
  static StorySet set() {
    List<StoryArticle> articles = List.of(article("a1", 0), article("b1", 1), article("a2", 2), article("c", 3),
        article("b2", 4), article("a3", 10));
    Map<String, StoryLabel> labels = Map.of(
        "a1", new StoryLabel("a1", "sa", null, List.of()),
        "b1", new StoryLabel("b1", "sb", null, List.of()),
        "a2", new StoryLabel("a2", "sa", null, List.of("Port of Rotterdam", "FNV")),
        "c", new StoryLabel("c", null, null, List.of()),
        "b2", new StoryLabel("b2", "sb", null, List.of("Marloes Dijkman")),
        "a3", new StoryLabel("a3", "sa", "a1", List.of()));
    return new StorySet(articles, labels);
  }

  private static StoryArticle article(String id, int days) {
    return new StoryArticle(id, "Headline " + id, "Body of " + id, "Northwire", null, T0.plusSeconds(days * 86_400L));
  }

  private static Prediction prediction(String id, List<String> related, List<String> duplicates,
      List<Prediction.Topic> topics) {
    return new Prediction(id, related, duplicates, topics, null);
  }

  @Test
  void shouldDeriveGoldPairsStoriesAndDuplicates() {
    StorySet set = set();

    assertThat(set.goldRelatedPairs()).containsExactlyInAnyOrder(Pair.of("a1", "a2"), Pair.of("a1", "a3"),
        Pair.of("a2", "a3"), Pair.of("b1", "b2"));
    assertThat(set.goldRelatedPairsWithin(StoryScorer.NEAR)).containsExactlyInAnyOrder(Pair.of("a1", "a2"),
        Pair.of("b1", "b2"));
    assertThat(set.goldDuplicatePairs()).containsExactly(Pair.of("a1", "a3"));
    assertThat(set.goldStories()).containsEntry("c", "c").containsEntry("a3", "sa");
  }

  @Test
  void shouldScoreRelatedStoriesDuplicatesAndTopicsOfOneRun() {
    Map<String, Prediction> predictions = new LinkedHashMap<>();
    predictions.put("a1", prediction("a1", List.of(), List.of(), List.of()));
    predictions.put("a2", prediction("a2", List.of("a1"), List.of(), List.of(
        new Prediction.Topic("Rotterdam", "Port of Rotterdam", true),
        new Prediction.Topic("Federatie Nederlandse Vakbeweging", "Federatie Nederlandse Vakbeweging", true))));
    predictions.put("c", prediction("c", List.of("b1"), List.of("b1"), List.of()));
    predictions.put("b2", prediction("b2", List.of(), List.of(),
        List.of(new Prediction.Topic("marloes dijkman", null, false))));
    predictions.put("a3", prediction("a3", List.of("a1", "a2"), List.of("a1"), List.of()));

    StoryScore score = StoryScorer.score("run", set(), predictions);

    assertThat(score.related()).isEqualTo(new Counts(3, 1, 1));
    assertThat(score.nearRecall()).isEqualTo(new Ratio(1, 2));
    assertThat(score.duplicates()).isEqualTo(new Counts(1, 1, 0));
    // found: {a1 a2 a3} {b1 c} {b2}; gold {a1 a2 a3} {b1 b2} {c}
    assertThat(score.stories().precision()).isCloseTo((3 + 0.5 + 0.5 + 1) / 6, within(1e-12));
    assertThat(score.stories().recall()).isCloseTo((3 + 0.5 + 1 + 0.5) / 6, within(1e-12));
    assertThat(score.explicitStories()).isFalse();
    // "Port of Rotterdam" by title, "Marloes Dijkman" by label whatever the case; "FNV" not found
    assertThat(score.topics()).isEqualTo(new TopicHits(3, 2, 1, 2, 2));
    assertThat(score.outputs()).isEqualTo(5);
  }

  @Test
  void shouldTakeExplicitStoryIdsWhenEveryOutputHasOne() {
    Map<String, Prediction> predictions = new LinkedHashMap<>();
    for (String id : List.of("a1", "b1", "a2", "c", "b2", "a3")) {
      predictions.put(id, new Prediction(id, List.of(), List.of(), List.of(), id.startsWith("a") ? "x" : "y"));
    }

    StoryScore score = StoryScorer.score("run", set(), predictions);

    assertThat(score.explicitStories()).isTrue();
    assertThat(score.related()).isEqualTo(new Counts(0, 0, 4));
    assertThat(score.stories().recall()).isEqualTo(1.0);
    assertThat(score.stories().precision()).isCloseTo((3 + 2.0 / 3 * 2 + 1.0 / 3) / 6, within(1e-12));
  }

  @Test
  void shouldScoreABaselineFromLinksAlone() {
    StoryScore score = StoryScorer.links("tfidf", set(), List.of(Pair.of("a2", "a1"), Pair.of("b2", "b1")));

    assertThat(score.related()).isEqualTo(new Counts(2, 0, 2));
    assertThat(score.nearRecall()).isEqualTo(new Ratio(2, 2));
    assertThat(score.stories().precision()).isEqualTo(1.0);
    assertThat(score.stories().recall()).isCloseTo((2.0 / 3 * 2 + 1.0 / 3 + 1 + 1 + 1) / 6, within(1e-12));
    assertThat(score.duplicates()).isNull();
    assertThat(score.topics()).isNull();
  }
}
