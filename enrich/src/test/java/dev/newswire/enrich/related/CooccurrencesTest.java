package dev.newswire.enrich.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CooccurrencesTest {

  @Test
  void shouldCountUpAndDownAndForgetAtZero() {
    Cooccurrences counts = Cooccurrences.EMPTY.plus(List.of("a", "a", "b"), 10);

    assertThat(counts.counts()).containsExactly(Map.entry("a", 2), Map.entry("b", 1));
    assertThat(counts.minus(List.of("a")).minus(List.of("b")).counts()).containsExactly(Map.entry("a", 1));
    assertThat(counts.minus(List.of("unknown"))).isEqualTo(counts);
  }

  @Test
  void shouldLetANewPartnerReplaceAPartnerSeenOnceWithTheGreatestId() {
    Cooccurrences full = Cooccurrences.EMPTY.plus(List.of("a", "c", "b", "a"), 3);

    assertThat(full.plus(List.of("d"), 3).counts())
        .containsExactly(Map.entry("a", 2), Map.entry("b", 1), Map.entry("d", 1));
  }

  @Test
  void shouldKeepPartnersSeenTwiceWhenFull() {
    Cooccurrences full = Cooccurrences.EMPTY.plus(List.of("a", "a", "b", "b"), 2);

    assertThat(full.plus(List.of("c"), 2)).isEqualTo(full);
    assertThat(full.plus(List.of("a"), 2).count("a")).isEqualTo(3);
  }

  @Test
  void shouldCountSeveralPartnersAtOnce() {
    assertThat(Cooccurrences.EMPTY.plus(List.of("a", "b", "a"), 10).minus(List.of("b")).counts())
        .containsExactly(Map.entry("a", 2));
  }

  @Test
  void shouldListFrequentPartnersMostFrequentFirst() {
    Cooccurrences counts = Cooccurrences.EMPTY.plus(List.of("x", "y", "y", "z", "z", "w", "w", "w"), 9);

    assertThat(counts.frequent(2, 10)).containsExactly(Map.entry("w", 3), Map.entry("y", 2), Map.entry("z", 2));
    assertThat(counts.frequent(2, 2)).containsExactly(Map.entry("w", 3), Map.entry("y", 2));
  }
}
