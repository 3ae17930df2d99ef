package dev.newswire.enrich.related;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelineKeysTest {

  @Test
  void shouldOrderKeysByTimeThenIdAsBytes() {
    assertThat(TimelineKeys.of(-1, "z").compareTo(TimelineKeys.of(0, "a"))).isNegative();
    assertThat(TimelineKeys.of(1_000, "b").compareTo(TimelineKeys.of(1_000, "a"))).isPositive();
    assertThat(TimelineKeys.of(255, "z").compareTo(TimelineKeys.of(256, "a"))).isNegative();
  }

  @Test
  void shouldStartAfterEarlierTimesAndBeforeTheSameTime() {
    assertThat(TimelineKeys.start(1_000).compareTo(TimelineKeys.of(999, "\uffff"))).isPositive();
    assertThat(TimelineKeys.start(1_000).compareTo(TimelineKeys.of(1_000, "a"))).isNegative();
    assertThat(TimelineKeys.eventTime(TimelineKeys.of(-42, "x"))).isEqualTo(-42);
  }
}
