package dev.newswire.ingest.format.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.ingest.format.TextDocument;
import dev.newswire.schemas.InputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireTextFormatTest {

  private final WireTextFormat format = new WireTextFormat(FormatLimits.defaults());

  @Test
  void shouldDropTeaserAndTrailingFurnitureButKeepParagraphsAfterTeaser() throws IOException {
    ArticleDraft article = parseOne(resource("teaser-and-furniture.txt"));

    assertThat(article.format()).isEqualTo(InputFormat.WIRE_TEXT);
    assertThat(article.section()).isEqualTo("Business");
    assertThat(article.headline()).isEqualTo("Harbour Authority Approves Expansion of Container Terminal");
    assertThat(article.standfirst()).isEqualTo(
        "The port's board voted on Tuesday to add two deep-water berths, a project expected to take four years.");
    assertThat(article.source()).isEqualTo("Coastal Wire");
    assertThat(article.body()).isEqualTo(String.join("\n",
        "The expansion will raise capacity by a third, the authority said in a statement.",
        "Dock workers' unions welcomed the decision but asked for guarantees on staffing.",
        "Construction is due to start next spring, once environmental permits are granted.",
        "Local businesses expect more traffic on the ring road during the works."));
    assertThat(article.language()).isNull();
  }

  @Test
  void shouldReadArticleWithoutStandfirstOrSourceAsAllBody() throws IOException {
    ArticleDraft article = parseOne(resource("no-standfirst.txt"));

    assertThat(article.section()).isEqualTo("Science");
    assertThat(article.headline()).isEqualTo("Researchers Map Ancient River Beneath Desert");
    assertThat(article.standfirst()).isNull();
    assertThat(article.source()).isNull();
    assertThat(article.body()).isEqualTo(String.join("\n",
        "Geologists have traced a buried river channel more than 500 kilometres long using satellite radar.",
        "The channel once fed a lake that dried up about 5,000 years ago, the team wrote.",
        "Further surveys are planned for next year."));
  }

  @Test
  void shouldReadSourceLineRightAfterHeadlineWithoutSectionAndWithCrLf() throws IOException {
    ArticleDraft article = parseOne(resource("source-without-standfirst-crlf.txt"));

    assertThat(article.section()).isNull();
    assertThat(article.headline()).isEqualTo("City Council Delays Vote on Bike Lanes");
    assertThat(article.standfirst()).isNull();
    assertThat(article.source()).isEqualTo("Metro Desk");
    assertThat(article.body()).isEqualTo(String.join("\n",
        "The council postponed a vote on new bike lanes after residents packed the chamber on Monday night.",
        "Several speakers said the plan would remove too much parking.",
        "A new date has not been set."));
  }

  @Test
  void shouldRejectHeadlineWithoutBodyAsMissingField() throws IOException {
    ParseResult result = parse(resource("headline-only.txt"));

    assertThat(result.articles()).isEmpty();
    assertThat(result.failures()).extracting(ParseFailure::reason).containsExactly(RejectReason.MISSING_FIELD);
    assertThat(result.failures().get(0).message()).isEqualTo("wire text has a headline but no body text");
  }

  @Test
  void shouldKeepSubheadingFollowedBySentenceAsBody() {
    ArticleDraft article = parseOne(bytes(
        "Storm Closes Schools Across the Region\n\nSchools stayed shut on Friday.\nBuses did not run.\n"
            + "What Comes Next\nOfficials will decide on Sunday whether classes resume.\n"));

    assertThat(article.standfirst()).isNull();
    assertThat(article.body()).isEqualTo("Schools stayed shut on Friday.\nBuses did not run.\nWhat Comes Next\n"
        + "Officials will decide on Sunday whether classes resume.");
  }

  @Test
  void shouldRejectArticleOverTheLimitAsTooLarge() {
    WireTextFormat small = new WireTextFormat(new FormatLimits(1000, 40, 8));

    ParseResult result = small.parse(document(bytes("Headline Here\n\nA body sentence that is long enough.\n")));

    assertThat(result.failures()).extracting(ParseFailure::reason).containsExactly(RejectReason.TOO_LARGE);
    assertThat(result.failures().get(0).message()).isEqualTo("article is 52 bytes; the limit is 40");
  }

  @Test
  void shouldClaimPlainTextButNotJsonOrMarkup() {
    assertThat(format.claimsContent(document(bytes("World\n\nHeadline")))).isTrue();
    assertThat(format.claimsContent(document(bytes("  {\"headline\": 1}")))).isFalse();
    assertThat(format.claimsContent(document(bytes("<html></html>")))).isFalse();
    assertThat(format.claimsFileName("STORY.TXT")).isTrue();
    assertThat(format.claimsFileName("story.xml")).isFalse();
  }

  private ArticleDraft parseOne(byte[] input) {
    ParseResult result = parse(input);
    assertThat(result.failures()).isEmpty();
    assertThat(result.format()).isEqualTo(InputFormat.WIRE_TEXT);
    List<ArticleDraft> articles = result.articles();
    assertThat(articles).hasSize(1);
    return articles.get(0);
  }

  private ParseResult parse(byte[] input) {
    return format.parse(document(input));
  }

  static TextDocument document(byte[] input) {
    return new TextDocument(new RawInput("test", "test.txt", input), new String(input, StandardCharsets.UTF_8));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = WireTextFormatTest.class.getResourceAsStream("/wire/" + name)) {
      assertThat(in).as("test resource /wire/" + name).isNotNull();
      return in.readAllBytes();
    }
  }
}
