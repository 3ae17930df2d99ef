package dev.newswire.ingest.format.rss;

import static dev.newswire.ingest.format.Samples.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.Samples;
import dev.newswire.schemas.InputFormat;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedFormatTest {

  @Test
  void shouldReadOneArticlePerRssItemWithHtmlStripped() {
    ParseResult result = Samples.parse("rss/city-desk.rss");

    assertThat(result.format()).isEqualTo(InputFormat.RSS);
    assertThat(result.failures()).isEmpty();
    assertThat(result.articles()).hasSize(2);
    ArticleDraft lanes = result.articles().get(0);
    assertThat(lanes.headline()).isEqualTo("Council Approves New Cycle Lanes");
    assertThat(lanes.body()).isEqualTo("The council voted 31 to 9 in favour of the plan.\nShare this\nWork starts in September.");
    assertThat(lanes.standfirst()).isEqualTo("Twelve kilometres of protected lanes are planned.");
    assertThat(lanes.sourceId()).isEqualTo("city-2024-0501-cycle");
    assertThat(lanes.url()).isEqualTo("https://example.org/city/cycle-lanes");
    assertThat(lanes.publishedAt()).isEqualTo(Instant.parse("2024-05-01T09:30:00Z"));
    assertThat(lanes.authors()).containsExactly("Priya Raman");
    assertThat(lanes.source()).isEqualTo("Newswire Samples City Desk");
    assertThat(lanes.language()).isEqualTo("en");
    assertThat(lanes.feedTags()).containsExactly(tag("subject", "Transport", "https://example.org/topics"));
    ArticleDraft museum = result.articles().get(1);
    assertThat(museum.body()).isEqualTo("The natural history museum opened its doors again on Tuesday.\nEntry is free this week.");
    assertThat(museum.standfirst()).isNull();
    assertThat(museum.authors()).containsExactly("Leon Hart");
    assertThat(museum.publishedAt()).isEqualTo(Instant.parse("2024-04-30T15:00:00Z"));
  }

  @Test
  void shouldReadMinimalRssItemWithoutGuidOrDate() {
    ArticleDraft item = Samples.only("rss/minimal.xml");

    assertThat(item.format()).isEqualTo(InputFormat.RSS);
    assertThat(item.headline()).isEqualTo("Road Closed for Marathon");
    assertThat(item.body()).isEqualTo("Main Street is closed from 7 a.m. until noon on Sunday.");
    assertThat(item.sourceId()).isNull();
    assertThat(item.url()).isNull();
    assertThat(item.publishedAt()).isNull();
    assertThat(item.authors()).isEmpty();
  }

  @Test
  void shouldReadNonAsciiRssItem() {
    ArticleDraft item = Samples.only("rss/madrid-spanish.rss");

    assertThat(item.headline()).isEqualTo("Madrid estrena una línea de autobuses eléctricos");
    assertThat(item.body()).startsWith("La nueva línea unirá Atocha con el aeropuerto.");
    assertThat(item.language()).isEqualTo("es");
    assertThat(item.source()).isEqualTo("Noticias de Muestra");
  }

  @Test
  void shouldReadAtomEntryWithIdDatesAndHtmlContent() {
    ArticleDraft entry = Samples.only("atom/science-desk.atom");

    assertThat(entry.format()).isEqualTo(InputFormat.ATOM);
    assertThat(entry.headline()).isEqualTo("Telescope Spots Distant Comet");
    assertThat(entry.body()).isEqualTo("Astronomers at the observatory confirmed the find on Friday.\n"
        + "It last passed the Sun 6,000 years ago.");
    assertThat(entry.standfirst()).isEqualTo("The comet will be visible with binoculars in June.");
    assertThat(entry.sourceId()).isEqualTo("urn:newswire-samples:atom:science:comet");
    assertThat(entry.url()).isEqualTo("https://example.org/science/comet");
    assertThat(entry.publishedAt()).isEqualTo(Instant.parse("2024-05-03T10:00:00Z"));
    assertThat(entry.authors()).containsExactly("Ines Carvalho");
    assertThat(entry.feedTags()).containsExactly(tag("subject", "astronomy", "https://example.org/topics"));
  }

  @Test
  void shouldReadMinimalAtomEntryWithSummaryOnly() {
    ArticleDraft entry = Samples.only("atom/minimal.atom");

    assertThat(entry.format()).isEqualTo(InputFormat.ATOM);
    assertThat(entry.headline()).isEqualTo("School Reopens After Storm Repairs");
    assertThat(entry.body()).isEqualTo("Pupils returned to class on Thursday.");
    assertThat(entry.publishedAt()).isEqualTo(Instant.parse("2024-05-04T08:00:00Z"));
    assertThat(entry.authors()).isEmpty();
    assertThat(entry.standfirst()).isNull();
  }

  @Test
  void shouldReadNonAsciiAtomEntryWithXhtmlContent() {
    ArticleDraft entry = Samples.only("atom/tokyo-japanese.xml");

    assertThat(entry.headline()).isEqualTo("東京で桜が満開に");
    assertThat(entry.body()).isEqualTo("気象庁は一日、東京の桜が満開になったと発表した。\n平年より五日遅い。");
    assertThat(entry.authors()).containsExactly("山田花子");
    assertThat(entry.source()).isEqualTo("サンプル通信");
    assertThat(entry.publishedAt()).isEqualTo(Instant.parse("2024-04-01T03:00:00Z"));
  }
}
