package dev.newswire.ingest.format.newsml;

import static dev.newswire.ingest.format.Samples.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.Samples;
import dev.newswire.schemas.InputFormat;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewsMlG2FormatTest {

  @Test
  void shouldReadNewsItemWithInlineXhtml() {
    ArticleDraft article = Samples.only("newsml-g2/orchestra-xhtml.xml");

    assertThat(article.format()).isEqualTo(InputFormat.NEWSML_G2);
    assertThat(article.sourceId()).isEqualTo("urn:newsml:newswire-samples.org:20240415:orchestra");
    assertThat(article.headline()).isEqualTo("Berlin Orchestra Announces Autumn Tour of Asia");
    assertThat(article.standfirst()).isEqualTo("Eight cities in five weeks, starting in Tokyo.");
    assertThat(article.body()).isEqualTo("The orchestra will open its tour in Tokyo in October.\n"
        + "Tickets go on sale next month, the management said.");
    assertThat(article.authors()).containsExactly("Sofia Lindqvist");
    assertThat(article.source()).isEqualTo("Newswire Samples Agency");
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.url()).isEqualTo("https://example.org/culture/orchestra-tour");
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-04-15T08:45:00Z"));
    assertThat(article.feedTags()).containsExactly(
        tag("subject", "arts, culture and entertainment", "medtop:01000000"),
        tag("organisation", "Berlin Philharmonic", "wd:Q154685"),
        tag("place", "Tokyo", "geo:1850147"),
        tag("person", "Kirill Petrenko", null),
        tag("genre", "Current", "genre:Current"),
        tag("keyword", "music", null),
        tag("urgency", "5", null),
        tag("located", "Berlin", "geo:2950159"));
  }

  @Test
  void shouldReadMinimalNewsItemWithInlineNitf() {
    ArticleDraft article = Samples.only("newsml-g2/inline-nitf-minimal.xml");

    assertThat(article.headline()).isEqualTo("Heavy Rain Floods Underpasses");
    assertThat(article.body()).isEqualTo("Several underpasses were closed after two hours of heavy rain.");
    assertThat(article.sourceId()).isEqualTo("urn:newsml:newswire-samples.org:20240502:rain");
    assertThat(article.source()).isEqualTo("NWS");
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-05-02T07:00:00Z"));
    assertThat(article.standfirst()).isNull();
    assertThat(article.authors()).isEmpty();
    assertThat(article.language()).isNull();
    assertThat(article.feedTags()).isEmpty();
  }

  @Test
  void shouldReadNonAsciiNewsMessageWithInlineText() {
    ArticleDraft article = Samples.only("newsml-g2/warsaw-polish.xml");

    assertThat(article.headline()).isEqualTo("Warszawa otwiera nowy most pieszy nad Wisłą");
    assertThat(article.body()).isEqualTo("Most łączy Powiśle z Pragą.\nPiesi i rowerzyści mogą z niego korzystać od soboty.");
    assertThat(article.authors()).containsExactly("Zofia Wójcik");
    assertThat(article.source()).isEqualTo("Przykładowa Agencja");
    assertThat(article.language()).isEqualTo("pl");
    assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-06-01T05:55:00Z"));
  }
}
