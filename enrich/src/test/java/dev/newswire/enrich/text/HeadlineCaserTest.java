package dev.newswire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class HeadlineCaserTest {

  private static final Predicate<String> CURATED = Set.of("North Korea", "Macron", "US")::contains;

  @Test
  void shouldLowerTitleCaseWordsWithoutEvidenceOfBeingNames() {
    String headline = "North Korea: NATO and US' Asian Allies are ‘Cancer Tumor’";
    String body = "The DPRK has described NATO and the Asian alliance as a cancer tumor.";

    String cased = HeadlineCaser.neutralise(headline, body, CURATED);

    assertThat(cased).isEqualTo("North Korea: NATO and US' Asian allies are ‘cancer tumor’");
    assertThat(cased).hasSameSizeAs(headline);
  }

  @Test
  void shouldKeepCuratedNamesThatTheTextDoesNotRepeat() {
    assertThat(HeadlineCaser.neutralise("Macron Says Talks Will Resume Soon", "The president spoke.", CURATED))
        .isEqualTo("Macron says talks will resume soon");
  }

  @Test
  void shouldLeaveAllCapsHeadlinesToTheCaselessTagger() {
    String body = "Russian President Vladimir Putin met Xi in Beijing. NATO watched.";

    assertThat(HeadlineCaser.neutralise("PUTIN AND XI MEET IN BEIJING AS NATO WATCHES", body, CURATED))
        .isEqualTo("PUTIN AND XI MEET IN BEIJING AS NATO WATCHES");
  }

  @Test
  void shouldLeaveSentenceCaseHeadlinesAlone() {
    String headline = "Putin meets Kim at the Vostochny Cosmodrome in Russia";

    assertThat(HeadlineCaser.neutralise(headline, "", CURATED)).isEqualTo(headline);
  }
}
