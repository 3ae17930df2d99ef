package dev.newswire.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LearnedTypesTest {

  private static LearnedTypes weights(String text) throws IOException {
    return LearnedTypes.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void shouldRelabelByTheHighestLinearScore() throws IOException {
    // the taggers lean LOCATION; a following number (a results line) weighs for ORGANIZATION
    LearnedTypes model = weights("# test\nscore:LOCATION\t0\t0\t2\t0\nnext:number\t0\t3\t0\t0\n");
    String body = "Leicester 2 Somerset beat Leicester.";
    TypeScores leaning = TypeScores.of(new double[] {0.1, 0.2, 0.7, 0});
    RawMention club = new RawMention("body", 0, 9, "Leicester", "LOCATION", leaning);
    RawMention town = new RawMention("body", 26, 35, "Leicester", "LOCATION", leaning);
    RawMention unscored = new RawMention("body", 12, 20, "Somerset", "LOCATION");

    List<RawMention> typed = model.type(List.of(club, unscored, town), ArticleText.of("H", null, body),
        KnownNames.none());

    assertThat(typed).extracting(RawMention::label).containsExactly("ORGANIZATION", "LOCATION", "LOCATION");
    assertThat(model.score(Map.of("next:number", 2.0, "unknown", 5.0))).containsExactly(0, 6, 0, 0);
  }

  @Test
  void shouldRefuseAMalformedOrEmptyFile() {
    assertThatThrownBy(() -> weights("bias\t1\t2\t3\n")).hasMessageContaining("line 1");
    assertThatThrownBy(() -> weights("# only a comment\n")).hasMessageContaining("empty");
    assertThatThrownBy(() -> weights("bias\t1\t2\tx\t4\n")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void shouldShipWeightsThatFollowSureTaggersInPlainProse() {
    String body = "Peter Blackburn said Reuters will open an office in Brussels for the Olympic Games.";
    List<RawMention> sure = List.of(sure(body, "Peter Blackburn", 0), sure(body, "Reuters", 1),
        sure(body, "Brussels", 2), sure(body, "Olympic Games", 3));

    List<RawMention> typed = LearnedTypes.shipped().type(sure, ArticleText.of("Headline", null, body),
        KnownNames.none());

    assertThat(typed).extracting(RawMention::label).containsExactly("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  }

  private static RawMention sure(String body, String name, int type) {
    double[] weights = {0.001, 0.001, 0.001, 0.001};
    weights[type] = 0.997;
    int start = body.indexOf(name);
    return new RawMention("body", start, start + name.length(), name, "MISC", TypeScores.of(weights));
  }
}
