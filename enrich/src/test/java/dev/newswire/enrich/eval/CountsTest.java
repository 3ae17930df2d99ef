package dev.newswire.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CountsTest {

  @Test
  void shouldComputePrecisionRecallAndF1() {
    Counts counts = new Counts(6, 2, 4);

    assertThat(counts.precision()).isEqualTo(0.75);
    assertThat(counts.recall()).isEqualTo(0.6);
    assertThat(counts.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-12));
    assertThat(counts.gold()).isEqualTo(10);
    assertThat(counts.predicted()).isEqualTo(8);
  }

  @Test
  void shouldScoreZeroRatherThanNanWhenNothingPredictedOrExpected() {
    assertThat(Counts.ZERO.precision()).isZero();
    assertThat(Counts.ZERO.recall()).isZero();
    assertThat(Counts.ZERO.f1()).isZero();
    assertThat(new Counts(0, 0, 3).f1()).isZero();
  }

  @Test
  void shouldAddCountwise() {
    assertThat(new Counts(1, 2, 3).plus(new Counts(10, 20, 30))).isEqualTo(new Counts(11, 22, 33));
  }

  @Test
  void shouldRejectNegativeCounts() {
    assertThatThrownBy(() -> new Counts(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldComputeAccuracyOfARatio() {
    assertThat(new Ratio(2, 3).plus(new Ratio(1, 1)).value()).isEqualTo(0.75);
    assertThat(Ratio.ZERO.value()).isZero();
    assertThatThrownBy(() -> new Ratio(2, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
