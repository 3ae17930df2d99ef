package dev.newswire.ingest.format.ninjs;

import static dev.newswire.ingest.format.Samples.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.FormatDetector;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.ingest.format.Samples;
import dev.newswire.schemas.InputFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NinjsFormatTest {

  @Test
  void shouldReadNinjs2WithArraysOfHeadlinesBodiesAndTags() {
    ArticleDraft article = Samples.only("ninjs/harbour-ninjs2.json");

    assertThat(article.format()).isEqualTo(InputFormat.NINJS);
    assertThat(article.sourceId()).isEqualTo("urn:newswire-samples:ninjs:harbour-2024-0412");
    assertThat(article.headline()).isEqualTo("Harbour Cranes Stand Idle as Dock Workers Strike");
    assertThat(article.standfirst()).isEqualTo("A 24-hour stoppage halts container traffic at the port.");
    assertThat(article.body()).isEqualTo("Container cranes stood still on Friday & ships queued offshore.\n"
        + "The union said talks with the port authority had broken down.");
    assertThat(article.authors()).containsExactly("Maren Visser");
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-04-12T06:15:00Z"));
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.url()).isEqualTo("https://example.org/news/harbour-strike");
    assertThat(article.source()).isEqualTo("Newswire Samples Agency");
    assertThat(article.feedTags()).containsExactly(
        tag("subject", "labour dispute", "http://cv.iptc.org/newscodes/mediatopic/20000646"),
        tag("subject", "maritime transport", "medtop:20000770"),
        tag("person", "Pieter de Graaf", null),
        tag("organisation", "Port of Rotterdam Authority", "https://www.wikidata.org/wiki/Q2303353"),
        tag("place", "Rotterdam", "geo:2747891"),
        tag("genre", "Current", "genre:Current"),
        tag("keyword", "strike", null), tag("keyword", "shipping", null),
        tag("urgency", "3", null), tag("located", "Rotterdam", null));
  }

  @Test
  void shouldReadMinimalNinjs1WithoutOptionalFields() {
    ArticleDraft article = Samples.only("ninjs/minimal-ninjs1.json");

    assertThat(article.headline()).isEqualTo("City Library Extends Weekend Opening Hours");
    assertThat(article.body()).isEqualTo("The central library will stay open until 8 p.m. on Saturdays from next month.\n"
        + "Staff numbers will rise to cover the extra hours.");
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-03-02T09:00:00Z"));
    assertThat(article.standfirst()).isNull();
    assertThat(article.authors()).isEmpty();
    assertThat(article.language()).isNull();
    assertThat(article.source()).isNull();
    assertThat(article.url()).isNull();
    assertThat(article.feedTags()).isEmpty();
  }

  @Test
  void shouldReadNonAsciiNinjs1WithSingularTagNames() {
    ArticleDraft article = Samples.only("ninjs/zurich-ninjs1-german.json");

    assertThat(article.headline()).isEqualTo("Zürcher Trams fahren wieder nach Fahrplan");
    assertThat(article.standfirst()).isEqualTo("Nach der Störung am Morgen läuft der Verkehr normal.");
    assertThat(article.body()).startsWith("Die Verkehrsbetriebe Zürich meldeten").contains("\nGrund für die Störung");
    assertThat(article.authors()).containsExactly("Jürg Müller");
    assertThat(article.language()).isEqualTo("de");
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-05-20T12:05:00Z"));
    assertThat(article.feedTags()).containsExactly(tag("subject", "Öffentlicher Verkehr", "medtop:20000776"),
        tag("organisation", "Verkehrsbetriebe Zürich", null), tag("place", "Zürich", "geo:2657896"),
        tag("urgency", "4", null));
  }

  @Test
  void shouldLeavePlainJsonArticlesToTheJsonFormat() {
    ParseResult plain = Samples.parse("json/market-close.json");

    assertThat(plain.format()).isEqualTo(InputFormat.JSON);
  }

  @Test
  void shouldRejectANinjsObjectWithoutBodyAndKeepTheOthers() {
    String json = "[{\"uri\": \"a\", \"versioncreated\": \"2024-01-01T00:00:00Z\", \"headline\": \"One\", \"body_text\": \"Text.\"},"
        + "{\"uri\": \"b\", \"versioncreated\": \"2024-01-01T00:00:00Z\", \"headline\": \"Two\"}]";

    ParseResult result = FormatDetector.standard(FormatLimits.defaults())
        .parse(new RawInput("x", null, json.getBytes(StandardCharsets.UTF_8)));

    assertThat(result.format()).isEqualTo(InputFormat.NINJS);
    assertThat(result.articles()).extracting(ArticleDraft::headline).isEqualTo(List.of("One"));
    assertThat(result.failures()).extracting(ParseFailure::reason, ParseFailure::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RejectReason.MISSING_FIELD,
            "ninjs element 2 has a headline but no body text"));
  }
}
