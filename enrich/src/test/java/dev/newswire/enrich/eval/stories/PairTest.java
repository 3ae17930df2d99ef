package dev.newswire.enrich.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.enrich.eval.Counts;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairTest {

  @Test
  void shouldBeTheSamePairInEitherDirection() {
    assertThat(Pair.of("b", "a")).isEqualTo(Pair.of("a", "b")).isEqualTo(new Pair("a", "b"));
    assertThatThrownBy(() -> new Pair("b", "a")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pair.of("a", "a")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldCountALinkFoundInEitherDirectionOnce() {
    List<Pair> predicted = List.of(Pair.of("c", "a"), Pair.of("a", "c"), Pair.of("d", "a"), Pair.of("e", "d"));
    List<Pair> gold = List.of(Pair.of("a", "b"), Pair.of("a", "c"), Pair.of("b", "c"), Pair.of("d", "e"));

    assertThat(Pair.score(predicted, gold)).isEqualTo(new Counts(2, 1, 2));
  }
}
