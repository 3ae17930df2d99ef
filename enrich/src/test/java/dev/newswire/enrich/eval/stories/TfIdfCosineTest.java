package dev.newswire.enrich.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TfIdfCosineTest {

  private static Map<String, String> documents() {
    Map<String, String> documents = new LinkedHashMap<>();
    documents.put("d1", "Port strike. The port is shut");
    documents.put("d2", "the PORT strike ends");
    documents.put("d3", "The storm hits the coast");
    return documents;
  }

  @Test
  void shouldWeighTermsByFrequencyTimesLogInverseDocumentFrequency() {
    TfIdfCosine tfIdf = new TfIdfCosine(documents());
    // "the" is in all three (weight 0); port 2 docs, strike 2, is/shut/ends 1 each
    double idf2 = Math.log(3.0 / 2);
    double idf1 = Math.log(3.0);
    double d1Norm = Math.sqrt(Math.pow(2 * idf2, 2) + idf2 * idf2 + 2 * idf1 * idf1);
    double d2Norm = Math.sqrt(2 * idf2 * idf2 + idf1 * idf1);
    double expected = (2 * idf2 * idf2 + idf2 * idf2) / (d1Norm * d2Norm);

    assertThat(tfIdf.cosine("d2", "d1")).isCloseTo(expected, within(1e-12));
    assertThat(tfIdf.cosine("d1", "d1")).isCloseTo(1.0, within(1e-12));
    assertThat(tfIdf.cosine("d3", "d1")).isZero();
  }

  @Test
  void shouldLinkEachDocumentToTheEarlierOnesAtTheThreshold() {
    TfIdfCosine tfIdf = new TfIdfCosine(documents());
    double cosine = tfIdf.cosine("d1", "d2");

    assertThat(tfIdf.links(cosine)).containsExactly(Pair.of("d1", "d2"));
    assertThat(tfIdf.links(cosine + 1e-9)).isEmpty();
    assertThat(tfIdf.links(0.0)).hasSize(3);
  }
}
