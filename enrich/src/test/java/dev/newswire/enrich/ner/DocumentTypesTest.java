package dev.newswire.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTypesTest {

  private static RawMention mention(String field, int start, String text, double per, double org, double loc) {
    TypeScores scores = TypeScores.of(new double[] {per, org, loc, 0});
    return new RawMention(field, start, start + text.length(), text, scores.best(), scores);
  }

  @Test
  void shouldGiveAnUnsureMentionTheTypeItsNameHasInTheArticle() {
    List<RawMention> mentions = List.of(
        mention("body", 0, "Groningen", 0.02, 0.01, 0.97),
        mention("body", 40, "Groningen", 0.01, 0.02, 0.97),
        mention("body", 80, "Groningen", 0.05, 0.55, 0.40));

    assertThat(DocumentTypes.apply(mentions)).extracting(RawMention::label)
        .containsExactly("LOCATION", "LOCATION", "LOCATION");
  }

  @Test
  void shouldLeaveASureMentionItsOwnTypeWhateverTheMajority() {
    List<RawMention> mentions = List.of(
        mention("body", 0, "Scotland", 0.0, 0.01, 0.99),
        mention("body", 40, "Scotland", 0.0, 0.01, 0.99),
        mention("body", 80, "Scotland", 0.0, 0.98, 0.02));

    assertThat(DocumentTypes.apply(mentions)).extracting(RawMention::label)
        .containsExactly("LOCATION", "LOCATION", "ORGANIZATION");
  }

  @Test
  void shouldLetAFullPersonNameDecideItsUnsureSurname() {
    List<RawMention> mentions = List.of(
        mention("body", 0, "MaliVai Washington", 0.99, 0.0, 0.01),
        mention("body", 40, "Washington", 0.30, 0.05, 0.65));

    assertThat(DocumentTypes.apply(mentions)).extracting(RawMention::label).containsExactly("PERSON", "PERSON");
  }

  @Test
  void shouldNotTouchMentionsWithoutScores() {
    RawMention unscored = new RawMention("body", 0, 7, "Sputnik", "MISC");
    List<RawMention> mentions = List.of(new RawMention("body", 0, 7, "Sputnik", "ORGANIZATION"),
        mention("body", 40, "Sputnik", 0.1, 0.2, 0.7));

    assertThat(DocumentTypes.apply(mentions).get(0).label()).isEqualTo("ORGANIZATION");
    assertThat(unscored.scores()).isEqualTo(TypeScores.NONE);
  }
}
