package dev.newswire.ingest.format.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.ingest.format.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a byline line followed by a dateline line has the shape of a teaser (a short label and a
 * title-case line); wire copy must keep both, the byline's name in the authors when it says "By".
 */
class BylineDatelineTest {

  private static final String HEADLINE = "Ceasefire Talks Resume in Geneva After Two-Week Pause";
  private static final String STANDFIRST =
      "Negotiators returned to the table on Thursday, with both sides saying a deal was within reach.";
  private static final String FIRST = "Delegations met for six hours at the Palais des Nations, a United Nations"
      + " spokesman said.";
  private static final String SECOND = "Both sides agreed to meet again next week.";

  private final WireTextFormat format = new WireTextFormat(FormatLimits.defaults());

  @Test
  void shouldKeepABareBylineAndADatelineLineAfterTheSourceLine() throws IOException {
    ArticleDraft article = parseOne(WireTextFormatTest.resource("byline-dateline.txt"));

    assertThat(article.section()).isEqualTo("World");
    assertThat(article.headline()).isEqualTo(HEADLINE);
    assertThat(article.standfirst()).isEqualTo(STANDFIRST);
    assertThat(article.source()).isEqualTo("Sputnik");
    assertThat(article.body()).isEqualTo(String.join("\n",
        "Maria Lopez",
        "GENEVA, Switzerland 2024-05-02",
        FIRST,
        SECOND,
        "Aid agencies said they were ready to move supplies within days."));
    assertThat(article.body()).doesNotContain("What a Ceasefire Would Mean").doesNotContain("Analysis")
        .doesNotContain("Discuss");
    assertThat(article.authors()).isEmpty();
    assertThat(article.dateline()).isEqualTo("GENEVA, Switzerland 2024-05-02");
  }

  @Test
  void shouldTakeABareNameRightAfterTheStandfirstAsTheCreditLineAndKeepTheDateline() {
    ArticleDraft article = parseOne(lines(HEADLINE, "", STANDFIRST, "Maria Lopez", "GENEVA, Switzerland 2024-05-02",
        FIRST, SECOND));

    assertThat(article.standfirst()).isEqualTo(STANDFIRST);
    assertThat(article.source()).isEqualTo("Maria Lopez");
    assertThat(article.body()).isEqualTo(String.join("\n", "GENEVA, Switzerland 2024-05-02", FIRST, SECOND));
    assertThat(article.dateline()).isEqualTo("GENEVA, Switzerland 2024-05-02");
  }

  @Test
  void shouldPutAByBylineIntoTheAuthorsAndKeepALeadingDatelineInTheFirstParagraph() {
    String lead = "GENEVA, May 2 (Reuters) - " + FIRST;
    ArticleDraft article = parseOne(lines(HEADLINE, "", STANDFIRST, "By Maria Lopez", lead, SECOND));

    assertThat(article.standfirst()).isEqualTo(STANDFIRST);
    assertThat(article.source()).isNull();
    assertThat(article.authors()).containsExactly("Maria Lopez");
    assertThat(article.body()).isEqualTo(lead + "\n" + SECOND);
    assertThat(article.dateline()).isEqualTo("GENEVA, May 2 (Reuters)");
  }

  @Test
  void shouldReadSourceLineThenByBylineThenDatelineLine() {
    ArticleDraft article = parseOne(lines("World", "", HEADLINE, "", STANDFIRST, "Sputnik", "By Maria Lopez",
        "GENEVA, Switzerland 2024-05-02", FIRST, SECOND));

    assertThat(article.source()).isEqualTo("Sputnik");
    assertThat(article.standfirst()).isEqualTo(STANDFIRST);
    assertThat(article.authors()).containsExactly("Maria Lopez");
    assertThat(article.body()).isEqualTo(String.join("\n", "GENEVA, Switzerland 2024-05-02", FIRST, SECOND));
  }

  @Test
  void shouldReadAByBylineRightAfterTheHeadlineWithoutStandfirst() {
    ArticleDraft article = parseOne(lines(HEADLINE, "", "By Maria Lopez", "GENEVA, Switzerland 2024-05-02", FIRST));

    assertThat(article.standfirst()).isNull();
    assertThat(article.source()).isNull();
    assertThat(article.authors()).containsExactly("Maria Lopez");
    assertThat(article.body()).isEqualTo("GENEVA, Switzerland 2024-05-02\n" + FIRST);
    assertThat(article.dateline()).isEqualTo("GENEVA, Switzerland 2024-05-02");
  }

  @Test
  void shouldHaveNoDatelineWhenTheCopyHasNone() {
    ArticleDraft article = parseOne(lines(HEADLINE, "", "By Maria Lopez", FIRST, SECOND));

    assertThat(article.authors()).containsExactly("Maria Lopez");
    assertThat(article.dateline()).isNull();
    assertThat(article.body()).isEqualTo(FIRST + "\n" + SECOND);
  }

  private ArticleDraft parseOne(byte[] input) {
    ParseResult result = format.parse(WireTextFormatTest.document(input));
    assertThat(result.failures()).isEmpty();
    assertThat(result.articles()).hasSize(1);
    return result.articles().get(0);
  }

  private static byte[] lines(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
