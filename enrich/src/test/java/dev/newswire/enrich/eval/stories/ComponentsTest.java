package dev.newswire.enrich.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComponentsTest {

  @Test
  void shouldJoinLinkedArticlesTransitivelyAndKeepTheRestAlone() {
    Map<String, String> stories = Components.of(List.of("a", "b", "c", "d", "e", "f"),
        List.of(Pair.of("c", "b"), Pair.of("e", "c"), Pair.of("f", "d"), Pair.of("x", "a")));

    assertThat(stories).containsExactly(Map.entry("a", "a"), Map.entry("b", "b"), Map.entry("c", "b"),
        Map.entry("d", "d"), Map.entry("e", "b"), Map.entry("f", "d"));
  }
}
