package dev.newswire.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.newswire.enrich.testing.FakeNerEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleNerTest {

  private static List<RawMention> mentions(FakeNerEngine engine, String headline, String standfirst, String body) {
    return new ArticleNer(engine).mentions(ArticleText.of(headline, standfirst, body));
  }

  @Test
  void shouldDropPronounsDatesAndLowerCaseWords() {
    FakeNerEngine engine = new FakeNerEngine().tag("He", "PERSON").tag("his", "PERSON")
        .tag("Monday", "DATE").tag("cosmodrome", "LOCATION").tag("Anna Berg", "PERSON");

    assertThat(mentions(engine, "", "", "Anna Berg left on Monday. He took his bag to the cosmodrome."))
        .extracting(RawMention::text).containsExactly("Anna Berg");
  }

  @Test
  void shouldKeepHeadlineNamesTheTaggerFoundAndSplitNamesTheArticleNamesApart() {
    FakeNerEngine engine = new FakeNerEngine().tag("NATO", "ORGANIZATION").tag("DPRK-Russia", "ORGANIZATION")
        .tag("DPRK", "LOCATION").tag("Russia", "LOCATION").tag("US-backed", "LOCATION");

    List<RawMention> found = mentions(engine, "NATO eyes DPRK-Russia ties", null,
        "The DPRK and Russia met. A US-backed plan stalled.");

    assertThat(found).extracting(RawMention::field, RawMention::text, RawMention::label).containsExactly(
        tuple("headline", "NATO", "ORGANIZATION"), tuple("headline", "DPRK", "ORGANIZATION"),
        tuple("headline", "Russia", "ORGANIZATION"), tuple("body", "DPRK", "LOCATION"),
        tuple("body", "Russia", "LOCATION"), tuple("body", "US-backed", "MISC"));
  }

  private static RawMention person(String body, int start, int end) {
    return new RawMention("body", start, end, body.substring(start, end), "PERSON");
  }

  @Test
  void shouldWidenACutPersonNameToTheFullNameFoundElsewhere() {
    String body = "Minister Im Chon Il spoke.\nIm Chon Il added more.\n\"Yes,\" Im Chon Il said.";
    List<RawMention> cut = List.of(person(body, 9, 19), person(body, 30, 37), person(body, 60, 67));

    List<RawMention> widened = NameSpanExtender.extend(cut, ArticleText.of("", "", body));

    assertThat(widened).extracting(RawMention::start, RawMention::end, RawMention::text).containsExactly(
        tuple(9, 19, "Im Chon Il"), tuple(27, 37, "Im Chon Il"), tuple(57, 67, "Im Chon Il"));
  }

  @Test
  void shouldNotWidenOverALineBreakOrALowerCaseWord() {
    String body = "Im Chon Il spoke.\nIm\nChon Il left. Then im Chon Il came.";
    List<RawMention> cut = List.of(person(body, 0, 10), person(body, 21, 28), person(body, 43, 50));

    List<RawMention> widened = NameSpanExtender.extend(cut, ArticleText.of("", "", body));

    assertThat(widened).isEqualTo(cut);
  }

  @Test
  void shouldWidenToTheRightToo() {
    String body = "Kim Jong Un came. Later Kim Jong Un left.";
    List<RawMention> cut = List.of(person(body, 0, 11), person(body, 24, 32));

    List<RawMention> widened = NameSpanExtender.extend(cut, ArticleText.of("", "", body));

    assertThat(widened).extracting(RawMention::text).containsExactly("Kim Jong Un", "Kim Jong Un");
  }

  @Test
  void shouldReturnMentionsInReadingOrderWithExactOffsets() {
    FakeNerEngine engine = new FakeNerEngine().tag("Oslo", "LOCATION");
    ArticleText text = ArticleText.of("Oslo", "In Oslo", "Rain in Oslo.");

    List<RawMention> found = new ArticleNer(engine).mentions(text);

    assertThat(found).extracting(RawMention::field, RawMention::start, RawMention::end).containsExactly(
        tuple("headline", 0, 4), tuple("standfirst", 3, 7), tuple("body", 8, 12));
    assertThat(found).allSatisfy(m -> assertThat(text.text(m.field()).substring(m.start(), m.end())).isEqualTo(m.text()));
  }

  @Test
  void shouldRefuseAnEngineWhoseOffsetsMissTheText() {
    NerEngine liar = new NerEngine() {
      @Override
      public List<RawMention> recognize(String field, String text) {
        return List.of(new RawMention(field, 0, 4, "Oslo", "LOCATION"));
      }

      @Override
      public List<String> models() {
        return List.of();
      }
    };

    assertThatThrownBy(() -> new ArticleNer(liar).mentions(ArticleText.of("", "", "Bergen")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("offsets");
  }
}
