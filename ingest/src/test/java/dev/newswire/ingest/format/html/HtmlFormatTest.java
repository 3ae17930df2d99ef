package dev.newswire.ingest.format.html;

import static dev.newswire.ingest.format.Samples.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.Samples;
import dev.newswire.schemas.InputFormat;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlFormatTest {

  @Test
  void shouldKeepOnlyTheArticleTextAndItsMetadata() {
    ArticleDraft page = Samples.only("html/wildfire-article.html");

    assertThat(page.format()).isEqualTo(InputFormat.HTML);
    assertThat(page.headline()).isEqualTo("Wildfire Contained After Four Days");
    assertThat(page.body()).isEqualTo("Firefighters contained the forest fire north of the town early on Sunday.\n"
        + "About 1,200 hectares burned, the regional fire service said \u2014 no homes were lost.\n"
        + "Residents who were evacuated may return from Monday.");
    assertThat(page.body()).doesNotContain("Share", "Comments", "Read next", "Related", "Home", "Sample Times");
    assertThat(page.authors()).containsExactly("Carla Jensen");
    assertThat(page.publishedAt()).isEqualTo(Instant.parse("2024-07-14T03:20:00Z"));
    assertThat(page.standfirst()).isEqualTo("Firefighters brought the blaze under control overnight.");
    assertThat(page.url()).isEqualTo("https://example.org/environment/wildfire-contained");
    assertThat(page.sourceId()).isEqualTo(page.url());
    assertThat(page.source()).isEqualTo("Sample Times");
    assertThat(page.section()).isEqualTo("Environment");
    assertThat(page.language()).isEqualTo("en");
    assertThat(page.feedTags()).containsExactly(tag("keyword", "wildfire", null));
  }

  @Test
  void shouldReadMinimalPageWithoutHeadOrMetadata() {
    ArticleDraft page = Samples.only("html/minimal.html");

    assertThat(page.headline()).isEqualTo("Bakery Wins Regional Bread Award");
    assertThat(page.body()).isEqualTo("A family bakery on Mill Road won the regional prize for its rye loaf.\n"
        + "The judges praised its crust.");
    assertThat(page.authors()).isEmpty();
    assertThat(page.publishedAt()).isNull();
    assertThat(page.url()).isNull();
    assertThat(page.sourceId()).isNull();
    assertThat(page.language()).isNull();
  }

  @Test
  void shouldReadNonAsciiPageInMainWithoutNavigationOrShareBar() {
    ArticleDraft page = Samples.only("html/prague-czech.htm");

    assertThat(page.headline()).isEqualTo("Praha otevřela novou tramvajovou trať");
    assertThat(page.body()).isEqualTo("Nová trať spojuje Pankrác s Budějovickou a měří necelé dva kilometry.\n"
        + "Tramvaje budou jezdit každých osm minut, uvedl dopravní podnik.");
    assertThat(page.authors()).containsExactly("Tomáš Dvořák");
    assertThat(page.language()).isEqualTo("cs");
    assertThat(page.publishedAt()).isEqualTo(Instant.parse("2024-08-30T00:00:00Z"));
    assertThat(page.source()).isEqualTo("Ukázkové zprávy");
  }
}
