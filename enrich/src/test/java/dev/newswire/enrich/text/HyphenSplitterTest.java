package dev.newswire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class HyphenSplitterTest {

  private static final Predicate<String> KNOWN = Set.of(
      "DPRK", "Russia", "US", "China", "Guinea-Bissau", "Kim Jong-un", "Jong", "Un")::contains;

  @Test
  void shouldSplitTwoKnownNamesKeepingEveryOffset() {
    String text = "the DPRK-Russia ties and US-China trade";

    String split = HyphenSplitter.split(text, KNOWN);

    assertThat(split).isEqualTo("the DPRK Russia ties and US China trade");
    assertThat(split).hasSameSizeAs(text);
  }

  @Test
  void shouldKeepANameWithAModifierWhole() {
    String text = "UN-based order, Cold War-style logic, pro-Russian groups, Minneapolis-based bank";

    assertThat(HyphenSplitter.split(text, s -> true)).isEqualTo(text);
  }

  @Test
  void shouldLeaveKnownCompoundsDesignationsAndOrdinaryWordsAlone() {
    String text = "Guinea-Bissau, Kim Jong-un, Soyuz-2, F-35, well-known, Face-to-Face, Smith-Jones";

    assertThat(HyphenSplitter.split(text, KNOWN)).isEqualTo(text);
  }

  @Test
  void shouldNotSplitNamesTheKnowledgeBaseDoesNotKnow() {
    assertThat(HyphenSplitter.split("Austria-Hungary and DPRK-Narnia", KNOWN))
        .isEqualTo("Austria-Hungary and DPRK-Narnia");
  }
}
