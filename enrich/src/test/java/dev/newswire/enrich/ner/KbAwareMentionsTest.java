package dev.newswire.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newswire.enrich.testing.FakeKb;
import dev.newswire.enrich.testing.FakeNerEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mention steps that ask the knowledge base: compound splitting, gazetteer, place nouns, headline. */
class KbAwareMentionsTest {

  private static final FakeKb KB = new FakeKb()
      .curated("DPRK", "North_Korea", "LOCATION", "COUNTRY")
      .curated("Russia", "Russia", "LOCATION", "COUNTRY")
      .curated("Russian", "Russia", "MISC", "NATIONALITY")
      .curated("North Korean", "North_Korea", "MISC", "NATIONALITY")
      .curated("Russian Federation", "Russia", "LOCATION", "COUNTRY")
      .curated("Sea of Japan", "Sea_of_Japan", "LOCATION", "REGION")
      .curated("Sputnik", "Sputnik_(news_agency)", "ORGANIZATION", "NEWS_AGENCY")
      .curated("UN", "United_Nations", "ORGANIZATION", "INTERNATIONAL_ORGANIZATION")
      .indexed("Korean Peninsula", "Korean_Peninsula", 0.98)
      .indexed("Soyuz-2", "Soyuz_2_rocket", 0.97)
      .indexed("Falcon-9", "Falcon_9", 0.4)
      .indexed("Media Commentator", "Media_Commentator", 1.0)
      .indexed("Despite", "Contradiction", 0.58);

  private static RawMention body(String text, String surface, String label) {
    int start = text.indexOf(surface);
    return new RawMention("body", start, start + surface.length(), surface, label);
  }

  @Test
  void shouldFindCuratedNamesAndDesignationsTheModelsMissed() {
    String text = "The DPRK and the Russian Federation told Sputnik that a Soyuz-2 and a Falcon-9 flew.\n"
        + "Despite that, Media Commentator said so.";

    List<RawMention> found = KbGazetteer.find("body", text, text, List.of(), KB.names());

    assertThat(found).extracting(RawMention::text, RawMention::label).containsExactly(
        tuple("DPRK", "LOCATION"), tuple("Russian Federation", "LOCATION"),
        tuple("Sputnik", "ORGANIZATION"), tuple("Soyuz-2", "MISC"));
    assertThat(found).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
  }

  @Test
  void shouldLetACuratedNameTakeInAShorterMention() {
    String text = "Drills in the Sea of Japan.";
    List<RawMention> japan = List.of(body(text, "Japan", "LOCATION"));

    assertThat(KbGazetteer.find("body", text, text, japan, KB.names()))
        .extracting(RawMention::text).containsExactly("Sea of Japan");
  }

  @Test
  void shouldCompleteAPlaceNameWithItsGeographicNoun() {
    String text = "peace on the Korean peninsula and Korean officials";
    List<RawMention> mentions = List.of(body(text, "Korean", "MISC"),
        new RawMention("body", 34, 40, "Korean", "MISC"));

    assertThat(PlaceNounExtender.extend(mentions, ArticleText.of("", "", text), KB.names()))
        .extracting(RawMention::text, RawMention::label)
        .containsExactly(tuple("Korean peninsula", "LOCATION"), tuple("Korean", "MISC"));
  }

  @Test
  void shouldRunTheWholeChainWithExactOffsets() {
    FakeNerEngine engine = new FakeNerEngine().tag("Russia", "LOCATION").tag("DPRK", "ORGANIZATION")
        .tag("Allies", "MISC").tag("Sputnik", "ORGANIZATION");
    ArticleText text = ArticleText.of("Sputnik Says Allies Fear DPRK", "",
        "Relations between the DPRK-Russia partners grew, the DPRK said.");

    List<RawMention> found = new ArticleNer(engine).mentions(text, KB.names());

    assertThat(found).extracting(RawMention::field, RawMention::text).containsExactly(
        tuple("headline", "Sputnik"), tuple("headline", "DPRK"),
        tuple("body", "DPRK"), tuple("body", "Russia"), tuple("body", "DPRK"));
    assertThat(found).allSatisfy(m ->
        assertThat(text.text(m.field()).substring(m.start(), m.end())).isEqualTo(m.text()));
  }
}
