package dev.newswire.ingest.format.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatelinesTest {

  @Test
  void shouldReadADatelineLine() {
    assertThat(Datelines.of("GENEVA, Switzerland 2024-05-02")).contains("GENEVA, Switzerland 2024-05-02");
    assertThat(Datelines.of("LONDON, June 11")).contains("LONDON, June 11");
    assertThat(Datelines.of("WASHINGTON, Nov. 25, 2024")).contains("WASHINGTON, Nov. 25, 2024");
    assertThat(Datelines.of("New York, 3 March 2025 (AP)")).contains("New York, 3 March 2025 (AP)");
  }

  @Test
  void shouldReadTheLeadOfAParagraphWithoutItsDash() {
    assertThat(Datelines.of("GENEVA, May 2 (Reuters) - Negotiators returned on Thursday."))
        .contains("GENEVA, May 2 (Reuters)");
    assertThat(Datelines.of("KYIV (Reuters) \u2014 Air raid sirens sounded across the city."))
        .contains("KYIV (Reuters)");
    assertThat(Datelines.of("SAO PAULO, Brazil, May 2 - Shares rose.")).contains("SAO PAULO, Brazil, May 2");
  }

  @Test
  void shouldFindNoDatelineInHeadlinesNamesOrOrdinaryParagraphs() {
    for (String line : List.of("Maria Lopez", "By Maria Lopez", "Analysis",
        "US Main Instigator of Coups, Terrorism, and Assassinations Around World - Media Commentator",
        "Putin Face-to-Face, Soyuz-2 & Ballet: Kim Jong Un's 'Big Agenda' Russia Trip",
        "Election 2024: What Comes Next for the Coalition",
        "Im Chon Il added that the US is attempting to interfere in the friendly relations.",
        "GENEVA - talks resumed.", "")) {
      assertThat(Datelines.of(line)).as(line).isEmpty();
      assertThat(Datelines.isDated(line)).as(line).isFalse();
    }
  }

  @Test
  void shouldCallALineWithAFullDateDated() {
    assertThat(Datelines.isDated("Markets Rally on May 2 After Rate Decision")).isTrue();
    assertThat(Datelines.isDated("Report Published 2024-05-02 Shows Growth")).isTrue();
    assertThat(Datelines.of("Markets Rally on May 2 After Rate Decision")).isEmpty();
  }

  @Test
  void shouldTakeTheDatelineFromTheFirstOrSecondParagraphOnly() {
    assertThat(Datelines.find(List.of("Maria Lopez", "GENEVA, Switzerland 2024-05-02", "Body."))).contains(
        "GENEVA, Switzerland 2024-05-02");
    assertThat(Datelines.find(List.of("First.", "Second.", "LONDON, June 11"))).isEmpty();
    assertThat(Datelines.find(List.of())).isEmpty();
  }
}
