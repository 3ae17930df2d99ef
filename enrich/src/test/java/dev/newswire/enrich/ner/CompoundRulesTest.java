package dev.newswire.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompoundRulesTest {

  private static RawMention body(String text, String surface, String label) {
    int start = text.indexOf(surface);
    return new RawMention("body", start, start + surface.length(), surface, label);
  }

  @Test
  void shouldSplitTwoNamesOnlyWhenTheArticleNamesBothApart() {
    String text = "Russia and the DPRK praised DPRK-Russia ties; German-Israeli talks went on.";
    List<RawMention> mentions = List.of(body(text, "Russia", "LOCATION"), body(text, "DPRK", "LOCATION"),
        body(text, "DPRK-Russia", "MISC"), body(text, "German-Israeli", "MISC"));

    assertThat(CompoundSplitter.split(mentions, ArticleText.of("", "", text)))
        .extracting(RawMention::start, RawMention::text, RawMention::label)
        .containsExactly(tuple(0, "Russia", "LOCATION"), tuple(15, "DPRK", "LOCATION"),
            tuple(28, "DPRK", "MISC"), tuple(33, "Russia", "MISC"), tuple(46, "German-Israeli", "MISC"));
  }

  @Test
  void shouldNeverSplitAPersonsName() {
    String text = "Anna Smith met Smith-Jones and Jones.";
    List<RawMention> mentions = List.of(body(text, "Smith-Jones", "PERSON"), body(text, "Jones", "PERSON"));
    assertThat(CompoundSplitter.split(mentions, ArticleText.of("", "", text))).isEqualTo(mentions);
  }

  @Test
  void shouldTypeANameWithAModifierAsMisc() {
    String text = "A US-backed, U.S.-led and Minneapolis-based group met Kim Jong-un in Guinea-Bissau.";
    List<RawMention> mentions = List.of(body(text, "US-backed", "LOCATION"), body(text, "U.S.-led", "LOCATION"),
        body(text, "Minneapolis-based", "ORGANIZATION"), body(text, "Kim Jong-un", "PERSON"),
        body(text, "Guinea-Bissau", "LOCATION"));

    assertThat(ModifierCompounds.apply(mentions)).extracting(RawMention::label)
        .containsExactly("MISC", "MISC", "MISC", "PERSON", "LOCATION");
    assertThat(ModifierCompounds.isModifierCompound("U.S.")).isFalse();
  }
}
