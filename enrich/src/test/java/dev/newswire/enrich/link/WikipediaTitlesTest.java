package dev.newswire.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WikipediaTitlesTest {

  @Test
  void shouldGiveTheLastWordWithoutTheParenthetical() {
    assertThat(WikipediaTitles.headWord("Aston_Villa_F.C.")).isEqualTo("f.c.");
    assertThat(WikipediaTitles.headWord("Sputnik_(news_agency)")).isEqualTo("sputnik");
    assertThat(WikipediaTitles.headWord("Washington,_D.C.")).isEqualTo("d.c.");
    assertThat(WikipediaTitles.headWord("sputnik (news agency)")).isEqualTo("sputnik");
    assertThat(WikipediaTitles.headWord("")).isEmpty();
  }
}
