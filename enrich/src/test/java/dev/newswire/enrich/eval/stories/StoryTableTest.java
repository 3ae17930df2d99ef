package dev.newswire.enrich.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryTableTest {

  @Test
  void shouldPrintOneRowPerRunAndWhatTheStreamHolds() {
    StorySet set = StoryScorerTest.set();
    StoryScore run = StoryScorer.score("live-like", set, Map.of("a2",
        new Prediction("a2", List.of("a1"), List.of(), List.of(), null)));
    StoryScore baseline = StoryScorer.links("tfidf>=0.10", set, List.of(Pair.of("b2", "b1")));

    String table = StoryTable.of(set, List.of(run, baseline));

    assertThat(table.lines().toList()).containsExactly(
        "run             relP  relR relF1  tp/pred  R<=7d  B3-P  B3-R B3-F1  dupF1     dup topics",
        "live-like       1.00  0.25  0.40      1/1   0.50  1.00  0.61  0.76   0.00     0/0    0/3",
        "tfidf>=0.10     1.00  0.25  0.40      1/1   0.50  1.00  0.67  0.80      -       -      -",
        "6 articles, 4 gold related pairs (2 at most 7 days apart), 3 gold stories incl. singletons, "
            + "1 duplicate pairs, 3 related topics in 2 articles.");
  }
}
