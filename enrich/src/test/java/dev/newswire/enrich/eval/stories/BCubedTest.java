package dev.newswire.enrich.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {

  private static final Map<String, String> GOLD = Map.of("a", "s1", "b", "s1", "c", "s1", "d", "d", "e", "e");

  @Test
  void shouldScoreThePerfectClusteringOne() {
    BCubed score = BCubed.score(Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "z"), GOLD);

    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.f1()).isEqualTo(1.0);
  }

  @Test
  void shouldAverageTheSharesOfEachItem() {
    // predicted {a b} {c d} {e}: a, b 2/2 right of 2 in a gold cluster of 3; c 1/2, 1/3; d 1/2, 1/1; e 1, 1
    BCubed score = BCubed.score(Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "z"), GOLD);

    assertThat(score.precision()).isCloseTo((1 + 1 + 0.5 + 0.5 + 1) / 5, within(1e-12));
    assertThat(score.recall()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1 + 1) / 5, within(1e-12));
  }

  @Test
  void shouldTreatAnItemMissingFromThePredictionAsASingleton() {
    BCubed all = BCubed.score(Map.of(), GOLD);

    assertThat(all.precision()).isEqualTo(1.0);
    assertThat(all.recall()).isCloseTo((1.0 / 3 * 3 + 1 + 1) / 5, within(1e-12));
  }

  @Test
  void shouldScoreOneBigClusterWithFullRecallAndLowPrecision() {
    BCubed score = BCubed.score(Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "x"), GOLD);

    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.precision()).isCloseTo((0.6 * 3 + 0.2 + 0.2) / 5, within(1e-12));
  }
}
