package dev.newswire.app.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineBenchTest {

  @Test
  void shouldCallTwoWarmUpRoundsSteadyOnlyWithinFivePercent() {
    assertThat(EngineBench.steady(rate(10_000), rate(10_400))).isTrue();
    assertThat(EngineBench.steady(rate(10_000), rate(9_600))).isTrue();
    assertThat(EngineBench.steady(rate(10_000), rate(10_600))).isFalse();
    assertThat(EngineBench.steady(rate(10_000), rate(8_000))).isFalse();
    assertThat(EngineBench.steady(rate(0), rate(0))).as("a round that did nothing is not steady").isFalse();
  }

  private static Throughput rate(double tokensPerSecond) {
    return new Throughput(2, 10, (long) tokensPerSecond * 4, 4, 2.5, tokensPerSecond, 8);
  }
}
