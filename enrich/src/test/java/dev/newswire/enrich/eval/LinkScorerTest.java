package dev.newswire.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.schemas.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkScorerTest {

  private static GoldMention gold(int start, int end, EntityType type, String title, boolean scored) {
    return new GoldMention("body", start, end, "x".repeat(end - start), type, title, scored);
  }

  private static PredictedMention predicted(int start, int end, EntityType type, String kbId) {
    return new PredictedMention("body", start, end, "x".repeat(end - start), type, kbId);
  }

  @Test
  void shouldCountPairsAsTheAidaScorerDoes() {
    List<GoldMention> gold = List.of(
        gold(0, 5, EntityType.LOCATION, "North_Korea", true),      // linked right (title folded)
        gold(10, 15, EntityType.ORGANIZATION, "FC_Rotor", true),    // linked wrong
        gold(20, 25, EntityType.PERSON, "Im_Chon_Il", true),        // not found
        gold(30, 35, EntityType.PERSON, null, true),                // --NME--, a link on it is no false positive
        gold(40, 45, EntityType.LOCATION, null, false),             // split over two lines: left out
        gold(50, 55, EntityType.LOCATION, "Brazil", true));         // found, left unlinked

    List<PredictedMention> predicted = List.of(
        predicted(0, 5, EntityType.LOCATION, "North Korea"),
        predicted(10, 15, EntityType.ORGANIZATION, "Rotor"),
        predicted(30, 35, EntityType.PERSON, "Somebody"),
        predicted(40, 47, EntityType.LOCATION, "Czech_Republic"),   // overlaps the split name: ignored
        predicted(50, 55, EntityType.LOCATION, null),
        predicted(60, 65, EntityType.MISC, "Extra"));               // linked, no gold: false positive

    LinkScorer.LinkScore score = LinkScorer.score(gold, predicted);

    assertThat(score.endToEnd()).isEqualTo(new Counts(1, 2, 3));
    assertThat(score.linking()).isEqualTo(new Ratio(1, 3));   // North Korea right; Rotor wrong; Brazil unlinked
    assertThat(score.nil()).isEqualTo(new Ratio(0, 1));       // the --NME-- span was linked
    assertThat(score.errors()).extracting(e -> e.gold().kbId()).containsExactly("FC_Rotor", null, "Brazil");
    assertThat(score.accuracyByType()).containsEntry(EntityType.LOCATION, new Ratio(1, 2))
        .containsEntry(EntityType.ORGANIZATION, new Ratio(0, 1)).doesNotContainKey(EntityType.PERSON);
  }
}
