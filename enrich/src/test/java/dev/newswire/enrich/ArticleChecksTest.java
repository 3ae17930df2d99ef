package dev.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.enrich.errors.RejectedArticleException;
import dev.newswire.schemas.NewsArticle;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleChecksTest {

  private static NewsArticle article(String headline, String body) {
    return NewsArticle.newBuilder().setId("a-1").setHeadline(headline).setBody(body)
        .setIngestedAt(Instant.EPOCH).setContentHash("00").build();
  }

  @Test
  void shouldTakeTextWithTabsNewlinesFormFeedsAndUnicode() {
    assertThatCode(() -> ArticleChecks.check(article("Caf\u00e9 \ud83d\ude00", "Line one.\r\n\tLine two.\fPage two.")))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldRejectABodyOfNoBreakSpacesAsEmpty() {
    assertThatThrownBy(() -> ArticleChecks.check(article("Headline", " \n\t\u00A0\u2007\u202F\u3000")))
        .isInstanceOf(RejectedArticleException.class)
        .extracting(e -> ((RejectedArticleException) e).reason()).isEqualTo("EMPTY_ARTICLE");
  }

  @Test
  void shouldRejectNulInTheHeadlineAsInvalidText() {
    assertThatThrownBy(() -> ArticleChecks.check(article("Head\u0000line", "Body.")))
        .isInstanceOf(RejectedArticleException.class)
        .hasMessage("article a-1 has the control character U+0000 in its headline at index 4")
        .extracting(e -> ((RejectedArticleException) e).reason()).isEqualTo("INVALID_TEXT");
  }

  @Test
  void shouldRejectBellAndDeleteInTheBodyAsInvalidText() {
    assertThatThrownBy(() -> ArticleChecks.check(article("Headline", "Ding \u0007 dong")))
        .hasMessage("article a-1 has the control character U+0007 in its body at index 5");
    assertThatThrownBy(() -> ArticleChecks.check(article("Headline", "Rub \u007F out")))
        .hasMessage("article a-1 has the control character U+007F in its body at index 4");
  }

  @Test
  void shouldRejectTooMuchTextBeforeLookingForControls() {
    assertThatThrownBy(() -> ArticleChecks.check(article("H\u0000", "x".repeat(ArticleChecks.MAX_TEXT_CHARS))))
        .extracting(e -> ((RejectedArticleException) e).reason()).isEqualTo("TOO_LARGE");
  }
}
