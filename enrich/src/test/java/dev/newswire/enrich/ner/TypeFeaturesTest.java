package dev.newswire.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeFeaturesTest {

  private static RawMention mention(String text, String field, String in, double per, double org, double loc) {
    int start = in.indexOf(text);
    TypeScores scores = TypeScores.of(new double[] {per, org, loc, 0});
    return new RawMention(field, start, start + text.length(), text, scores.best(), scores);
  }

  @Test
  void shouldDescribeTheTaggersTheArticleAndTheContext() {
    String body = "MaliVai Washington beat Todd Martin.\nWashington 6-3 6-4";
    RawMention full = mention("MaliVai Washington", "body", body, 0.99, 0.0, 0.01);
    RawMention surname = new RawMention("body", 37, 47, "Washington", "LOCATION",
        TypeScores.of(new double[] {0.3, 0.05, 0.65, 0}));
    ArticleText text = ArticleText.of("TENNIS RESULTS", null, body);

    Map<String, Double> f = TypeFeatures.of(List.of(full, surname), text, KnownNames.none()).of(surname);

    assertThat(f).containsEntry("bias", 1.0).containsEntry("score:LOCATION", 0.65).containsEntry("score:PERSON", 0.3)
        .containsEntry("best:LOCATION:<0.8", 1.0)
        .containsEntry("surname", 0.99).containsEntry("partof:PERSON", 1.0)
        .containsEntry("prev:<line>", 1.0).containsEntry("next:6-3", 1.0).containsEntry("next:number", 1.0)
        .containsEntry("line:numbers", 1.0).containsEntry("field:body", 1.0).containsEntry("words:1", 1.0)
        .containsEntry("kb:none", 1.0)
        .containsEntry("doc:LOCATION", 0.65);
    assertThat(f).doesNotContainKey("modifier").doesNotContainKey("best:PERSON:<0.8");
  }

  @Test
  void shouldSayWhenALineIsInCapitals() {
    String headline = "SOCCER - AJAX BEAT PSV";
    RawMention ajax = mention("AJAX", "headline", headline, 0.1, 0.8, 0.1);
    Map<String, Double> f = TypeFeatures.of(List.of(ajax), ArticleText.of(headline, null, "Body."), KnownNames.none())
        .of(ajax);

    assertThat(f).containsEntry("field:headline:caps", 1.0).containsEntry("prev:-", 1.0)
        .containsEntry("next:beat", 1.0).doesNotContainKey("next:number").doesNotContainKey("surname");
  }

  @Test
  void shouldFindTheWordsAroundASpan() {
    assertThat(TypeFeatures.wordBefore("said Bill Clinton", 5)).isEqualTo("said");
    assertThat(TypeFeatures.wordBefore("Clinton", 0)).isEqualTo("<line>");
    assertThat(TypeFeatures.wordAfter("Clinton (Democrat)", 7)).isEqualTo("(democrat)");
    assertThat(TypeFeatures.wordAfter("Clinton", 7)).isEqualTo("<line>");
  }
}
