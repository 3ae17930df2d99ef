package dev.newswire.ingest.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.ingest.format.TextDocument;
import dev.newswire.schemas.InputFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonFormatTest {

  private final JsonFormat format = new JsonFormat(FormatLimits.defaults());

  @Test
  void shouldReadOneObjectWithEveryField() {
    ParseResult result = parse("story.json", """
        {"id": "ab-123", "url": "https://example.org/a", "source": "Example Wire",
         "publishedAt": "2023-10-05T08:30:00+03:00", "section": "World",
         "authors": ["Ann Lee", "Bo Chen"], "language": "en", "summary": "Short summary.",
         "headline": "Talks Resume", "body": "First paragraph.\\nSecond paragraph.", "extra": {"a": 1}}
        """);

    assertThat(result.format()).isEqualTo(InputFormat.JSON);
    assertThat(result.failures()).isEmpty();
    ArticleDraft article = result.articles().get(0);
    assertThat(article.sourceId()).isEqualTo("ab-123");
    assertThat(article.url()).isEqualTo("https://example.org/a");
    assertThat(article.source()).isEqualTo("Example Wire");
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2023-10-05T05:30:00Z"));
    assertThat(article.section()).isEqualTo("World");
    assertThat(article.authors()).containsExactly("Ann Lee", "Bo Chen");
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.standfirst()).isEqualTo("Short summary.");
    assertThat(article.headline()).isEqualTo("Talks Resume");
    assertThat(article.body()).isEqualTo("First paragraph.\nSecond paragraph.");
  }

  @Test
  void shouldReadArrayAndRejectOnlyTheBadElement() {
    ParseResult result = parse("batch.json", """
        [
          {"headline": "One", "body": "Body one.", "authors": "Solo Writer", "publishedAt": "2024-01-02"},
          {"body": "No headline here."},
          {"headline": "Three", "body": "Body three.", "id": 42}
        ]
        """);

    assertThat(result.articles()).extracting(ArticleDraft::headline).containsExactly("One", "Three");
    assertThat(result.articles().get(0).authors()).containsExactly("Solo Writer");
    assertThat(result.articles().get(0).publishedAt()).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
    assertThat(result.articles().get(1).sourceId()).isEqualTo("42");
    ParseFailure failure = result.failures().get(0);
    assertThat(result.failures()).hasSize(1);
    assertThat(failure.reason()).isEqualTo(RejectReason.MISSING_FIELD);
    assertThat(failure.message()).isEqualTo("element 2, line 3: missing required field 'headline'");
    assertThat(new String(failure.original(), StandardCharsets.UTF_8)).isEqualTo("{\"body\": \"No headline here.\"}");
  }

  @Test
  void shouldReadJsonLinesAndRejectTheMalformedLineWithItsNumber() {
    ParseResult result = parse(null, """
        {"headline": "First", "body": "Body 1."}
        {"headline": "Second", "body": "Body 2."
        
        {"headline": "Third", "body": "Body 3."}
        {"headline": "Fourth"}
        """);

    assertThat(result.format()).isEqualTo(InputFormat.JSONL);
    assertThat(result.articles()).extracting(ArticleDraft::headline).containsExactly("First", "Third");
    assertThat(result.failures()).extracting(ParseFailure::reason)
        .containsExactly(RejectReason.MALFORMED_JSON, RejectReason.MISSING_FIELD);
    assertThat(result.failures().get(0).message()).startsWith("line 2: invalid JSON: ");
    assertThat(new String(result.failures().get(0).original(), StandardCharsets.UTF_8))
        .isEqualTo("{\"headline\": \"Second\", \"body\": \"Body 2.\"");
    assertThat(result.failures().get(1).message()).isEqualTo("line 5: missing required field 'body'");
  }

  @Test
  void shouldTreatJsonlFileNameAsJsonLinesEvenForOneLine() {
    ParseResult result = parse("feed.jsonl", "{\"headline\": \"Only\", \"body\": \"Line.\"}\n");

    assertThat(result.format()).isEqualTo(InputFormat.JSONL);
    assertThat(result.articles()).hasSize(1);
  }

  @Test
  void shouldRejectDeepNestingBomb() {
    String bomb = "{\"headline\": \"H\", \"body\": \"B\", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}";

    ParseResult result = parse("bomb.json", bomb);

    assertThat(result.articles()).isEmpty();
    assertThat(result.failures()).hasSize(1);
    assertThat(result.failures().get(0).reason()).isEqualTo(RejectReason.MALFORMED_JSON);
    assertThat(result.failures().get(0).message()).contains("nesting depth").contains("32");
  }

  @Test
  void shouldRejectWrongTypesAndBadValuesAsInvalidField() {
    ParseResult result = parse(null, """
        {"headline": "A", "body": "B", "publishedAt": "2023-10-05T08:30:00"}
        {"headline": "A", "body": "B", "authors": [1, 2]}
        {"headline": ["A"], "body": "B"}
        {"headline": "A", "body": "B", "language": "not a tag"}
        [1]
        """);

    assertThat(result.articles()).isEmpty();
    assertThat(result.failures()).extracting(ParseFailure::reason).containsExactly(
        RejectReason.INVALID_FIELD, RejectReason.INVALID_FIELD, RejectReason.INVALID_FIELD,
        RejectReason.INVALID_FIELD, RejectReason.MALFORMED_JSON);
    assertThat(result.failures().get(0).message()).isEqualTo(
        "line 1: field 'publishedAt' is not an ISO-8601 date or timestamp with offset: '2023-10-05T08:30:00'");
    assertThat(result.failures().get(4).message()).isEqualTo("line 5: expected a JSON object but found array");
  }

  @Test
  void shouldRejectDuplicateKeysAndTrailingGarbage() {
    ParseResult duplicate = parse("a.json", "{\"headline\": \"A\", \"headline\": \"B\", \"body\": \"C\"}");
    ParseResult trailing = parse("b.json", "{\"headline\": \"A\", \"body\": \"C\"} x");

    assertThat(duplicate.failures()).extracting(ParseFailure::reason).containsExactly(RejectReason.MALFORMED_JSON);
    assertThat(duplicate.failures().get(0).message()).contains("Duplicate field 'headline'");
    assertThat(trailing.articles()).hasSize(1);
    assertThat(trailing.failures()).extracting(ParseFailure::reason).containsExactly(RejectReason.MALFORMED_JSON);
  }

  @Test
  void shouldRejectOversizeElementOfArray() {
    JsonFormat small = new JsonFormat(new FormatLimits(10_000, 60, 8));
    String big = "x".repeat(45);

    ParseResult result = small.parse(document("a.json",
        "[{\"headline\": \"A\", \"body\": \"B\"}, {\"headline\": \"A\", \"body\": \"" + big + "\"}]"));

    assertThat(result.articles()).hasSize(1);
    assertThat(result.failures()).extracting(ParseFailure::reason).containsExactly(RejectReason.TOO_LARGE);
    assertThat(result.failures().get(0).message()).isEqualTo("element 2, line 1: article is 74 bytes; the limit is 60");
  }

  @Test
  void shouldRejectABodyStringOverTheArticleLimitAsTooLargeNotMalformed() {
    JsonFormat small = new JsonFormat(new FormatLimits(10_000, 60, 8));

    ParseResult result = small.parse(document("a.json", "{\"headline\": \"A\", \"body\": \"" + "x".repeat(61) + "\"}"));

    assertThat(result.articles()).isEmpty();
    assertThat(result.failures()).extracting(ParseFailure::reason).containsExactly(RejectReason.TOO_LARGE);
    assertThat(result.failures().get(0).message()).contains("String value length (61) exceeds the maximum allowed (60");
  }

  @Test
  void shouldClaimObjectsAndArraysOfObjectsOnly() {
    assertThat(format.claimsContent(document(null, "\n  {\"a\": 1}"))).isTrue();
    assertThat(format.claimsContent(document(null, "[ {\"a\": 1} ]"))).isTrue();
    assertThat(format.claimsContent(document(null, "[]"))).isTrue();
    assertThat(format.claimsContent(document(null, "[UPDATE] Markets Rally\n\nStocks rose."))).isFalse();
    assertThat(format.claimsFileName("x.NDJSON")).isTrue();
    assertThat(format.claimsFileName("x.txt")).isFalse();
  }

  private ParseResult parse(String fileName, String text) {
    return format.parse(document(fileName, text));
  }

  private static TextDocument document(String fileName, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new TextDocument(new RawInput("test", fileName, bytes), text);
  }
}
