package dev.newswire.enrich.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class IdfOverlapTest {

  private static final ToDoubleFunction<String> IDF = Map.of("rare", 3.0, "story", 2.0, "us", 1.0, "other", 3.0)::get;

  @Test
  void shouldGiveRareEntitiesHighIdfAndEveryEntityAPositiveOne() {
    assertThat(IdfOverlap.idf(1, 10)).isCloseTo(Math.log(11), within(1e-12));
    assertThat(IdfOverlap.idf(10, 10)).isCloseTo(Math.log(2), within(1e-12));
    assertThat(IdfOverlap.idf(0, 0)).isCloseTo(Math.log(2), within(1e-12));
  }

  @Test
  void shouldScoreWeightedJaccardOfIdfTimesSalience() {
    // shared: story 2*min(1.0, 0.5) = 1.0; union: 2*1.0 + us 1*0.5 + rare 3*1.0 = 5.5
    double score = IdfOverlap.score(Map.of("story", 1.0, "us", 0.5), Map.of("story", 0.5, "rare", 1.0), IDF);

    assertThat(score).isCloseTo(1.0 / 5.5, within(1e-12));
  }

  @Test
  void shouldBeSymmetricAndOneForTheSameEntities() {
    Map<String, Double> a = Map.of("story", 1.0, "us", 0.5);
    Map<String, Double> b = Map.of("story", 0.5, "rare", 1.0);

    assertThat(IdfOverlap.score(a, b, IDF)).isEqualTo(IdfOverlap.score(b, a, IDF));
    assertThat(IdfOverlap.score(a, a, IDF)).isEqualTo(1.0);
    assertThat(IdfOverlap.score(a, Map.of("other", 1.0), IDF)).isZero();
    assertThat(IdfOverlap.score(Map.of(), Map.of(), IDF)).isZero();
  }

  @Test
  void shouldWeighARareSharedEntityAboveACommonOne() {
    Map<String, Double> article = Map.of("rare", 1.0, "us", 1.0, "story", 1.0);

    double sharesRare = IdfOverlap.score(article, Map.of("rare", 1.0, "other", 1.0), IDF);
    double sharesUs = IdfOverlap.score(article, Map.of("us", 1.0, "other", 1.0), IDF);

    assertThat(sharesRare).isCloseTo(3.0 / 9.0, within(1e-12));
    assertThat(sharesUs).isCloseTo(1.0 / 9.0, within(1e-12));
  }

  @Test
  void shouldBoundEveryScoreBySharedWeightOverTheArticlesNorm() {
    Map<String, Double> a = Map.of("story", 1.0, "us", 0.5);

    assertThat(IdfOverlap.norm(a, IDF)).isEqualTo(2.5);
    // shared weight 1.0 (story at 0.5): no score above 1.0 / 2.5
    assertThat(IdfOverlap.score(a, Map.of("story", 0.5), IDF)).isCloseTo(1.0 / 2.5, within(1e-12));
  }
}
