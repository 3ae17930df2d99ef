package dev.newswire.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionFilterTest {

  @ParameterizedTest
  @CsvSource({
      "He, PERSON, false",
      "his, PERSON, false",
      "It, ORGANIZATION, false",
      "us, LOCATION, false",
      "US, LOCATION, true",
      "2019, DATE, false",
      "Soyuz-2, MISC, true",
      "G7, ORGANIZATION, true",
      "cosmodrome, LOCATION, false",
      "NATO, ORGANIZATION, true",
      "Im Chon Il, PERSON, true",
      "Vice Foreign Minister, PERSON, false",
      "Minister of Defense, ORGANIZATION, false",
      "President, PERSON, false",
      "Ministry of Defense, ORGANIZATION, true",
      "President Biden, PERSON, true",
  })
  void shouldKeepOnlyNames(String text, String label, boolean kept) {
    assertThat(MentionFilter.isName(new RawMention("body", 0, text.length(), text, label))).isEqualTo(kept);
  }
}
