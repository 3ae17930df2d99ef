package dev.newswire.ingest.format.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyCleanerTest {

  private static final String BODY = "Delegations met for six hours, a spokesman said.";

  @Test
  void shouldDropALabelAndATitleCaseHeadlineAsATeaser() {
    assertThat(BodyCleaner.clean(List.of(BODY, "Analysis",
        "Putin Face-to-Face, Soyuz-2 & Ballet: Kim Jong Un's 'Big Agenda' Russia Trip", "Discuss")))
        .containsExactly(BODY);
  }

  @Test
  void shouldKeepABylineAndADatelineLine() {
    List<String> paragraphs = List.of("Maria Lopez", "GENEVA, Switzerland 2024-05-02", BODY);

    assertThat(BodyCleaner.clean(paragraphs)).containsExactlyElementsOf(paragraphs);
  }

  @Test
  void shouldKeepANameBeforeAParagraphOpeningWithADateline() {
    List<String> paragraphs = List.of("Maria Lopez", "GENEVA, May 2 (Reuters) - Talks Resume With New Mediators",
        BODY);

    assertThat(BodyCleaner.clean(paragraphs)).containsExactlyElementsOf(paragraphs);
  }

  @Test
  void shouldKeepALabelBeforeADatedHeadlineOrAByline() {
    assertThat(BodyCleaner.clean(List.of("Maria Lopez", "LONDON, June 11", BODY)))
        .containsExactly("Maria Lopez", "LONDON, June 11", BODY);
    assertThat(BodyCleaner.clean(List.of("Sputnik", "By Maria Lopez", BODY)))
        .containsExactly("Sputnik", "By Maria Lopez", BODY);
  }
}
