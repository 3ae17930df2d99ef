package dev.newswire.enrich.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newswire.enrich.related.TermVector.Term;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermVectorTest {

  @Test
  void shouldCountWordsWithoutStopwordsNumbersOrSingleLettersAndTheHeadlineTwice() {
    Map<String, Integer> counts = TermVector.counts("Dockers strike in Rotterdam",
        "ROTTERDAM, March 2 - Dockworkers said on Monday the strike at the port would start in 2026. A strike.");

    assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("dockers", 2, "strike", 4, "rotterdam", 3,
        "dockworkers", 1, "port", 1, "start", 1));
  }

  @Test
  void shouldKeepTheHeaviestTermsScaledToUnitLength() {
    Map<String, Double> idf = Map.of("strike", 1.0, "rotterdam", 2.0, "port", 0.5);

    List<Term> kept = TermVector.strongest(Map.of("strike", 4, "rotterdam", 1, "port", 1), idf::get, 2);

    // strike: (1 + ln 4) * 1 = 2.386; rotterdam: 1 * 2 = 2; port (0.5) is dropped
    double norm = Math.sqrt(2.386294 * 2.386294 + 4.0);
    assertThat(kept).extracting(Term::term).containsExactly("strike", "rotterdam");
    assertThat(kept.get(0).weight()).isCloseTo(2.386294 / norm, within(1e-6));
    assertThat(kept.get(1).weight()).isCloseTo(2.0 / norm, within(1e-6));
  }

  @Test
  void shouldScoreTheDotProductOfSharedTerms() {
    List<Term> a = List.of(new Term("strike", 0.8), new Term("port", 0.6));
    List<Term> b = List.of(new Term("port", 0.6), new Term("tariff", 0.8));

    assertThat(TermVector.cosine(a, b)).isCloseTo(0.36, within(1e-9));
    assertThat(TermVector.cosine(a, a)).isCloseTo(1.0, within(1e-9));
    assertThat(TermVector.cosine(a, List.of())).isZero();
    assertThat(TermVector.strongest(Map.of(), term -> 1.0, 10)).isEmpty();
  }
}
