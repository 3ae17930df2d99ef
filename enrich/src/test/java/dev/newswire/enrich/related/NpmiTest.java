package dev.newswire.enrich.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NpmiTest {

  @Test
  void shouldBeZeroForIndependentEntities() {
    assertThat(Npmi.of(25, 50, 50, 100)).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void shouldBeOneForEntitiesOnlySeenTogether() {
    assertThat(Npmi.of(10, 10, 10, 100)).isCloseTo(1.0, within(1e-12));
    assertThat(Npmi.of(7, 7, 7, 7)).isEqualTo(1.0);
  }

  @Test
  void shouldBeMinusOneForEntitiesNeverSeenTogether() {
    assertThat(Npmi.of(0, 10, 10, 100)).isEqualTo(-1.0);
  }

  @Test
  void shouldRankStorySpecificEntityAboveEntityOfEveryStory() {
    // 16 articles; a story entity in 4; the United States in 12, 4 of them with it; a cosmodrome in 3, all with it
    double unitedStates = Npmi.of(4, 4, 12, 16);
    double cosmodrome = Npmi.of(3, 4, 3, 16);

    assertThat(unitedStates).isCloseTo(Math.log(16.0 / 12) / Math.log(4), within(1e-12)); // 0.2075
    assertThat(cosmodrome).isCloseTo(Math.log(4) / Math.log(16.0 / 3), within(1e-12)); // 0.8281
    assertThat(cosmodrome).isGreaterThan(unitedStates);
  }

  @Test
  void shouldStayInRangeWhenCountsDisagree() {
    // a capped partner map can hold a count above a document frequency: clamp, don't explode
    assertThat(Npmi.of(5, 3, 3, 10)).isBetween(-1.0, 1.0);
  }
}
