package dev.newswire.app.view.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswire.app.view.AvroJsonView;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EnrichmentInfo;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.EntityType;
import dev.newswire.schemas.Mention;
import dev.newswire.schemas.RelatedArticle;
import dev.newswire.schemas.serde.AvroTrust;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  static {
    AvroTrust.ensureInstalled();
  }

  static final String HOSTILE_BODY = "Kim Jong Un spoke. <script>document.title='pwned'</script>"
      + "<img src=x onerror=\"document.title='pwned'\"> Then <b>Seoul</b> & \"Tokyo\" answered.";

  /** An article whose body tries to run script; its entities point into the hostile text. */
  static EnrichedArticle hostileArticle() {
    int seoul = HOSTILE_BODY.indexOf("Seoul");
    return article("hostile-1", "Kim </h2><script>x()</script>", HOSTILE_BODY, List.of(
        entity("Kim Jong Un", EntityType.PERSON, "javascript:alert(1)",
            new Mention("body", 0, 11, "Kim Jong Un"), new Mention("headline", 0, 3, "Kim")),
        entity("Seoul", EntityType.LOCATION, "https://en.wikipedia.org/wiki/Seoul",
            new Mention("body", seoul, seoul + 5, "Seoul"))),
        List.of(RelatedArticle.newBuilder().setId("other").setHeadline("<i>x</i>").setScore(0.5)
            .setUrl("javascript:alert(2)").setDuplicate(true).setSharedEntities(List.of("Seoul")).build()));
  }

  static EnrichedArticle article(String id, String headline, String body, List<Entity> entities,
      List<RelatedArticle> related) {
    return EnrichedArticle.newBuilder()
        .setId(id).setHeadline(headline).setBody(body).setSource("Wire <Service>")
        .setIngestedAt(Instant.parse("2026-11-26T06:00:00Z")).setContentHash("ff")
        .setEntities(entities).setRelated(related)
        .setEnrichment(EnrichmentInfo.newBuilder().setPipelineVersion("dev").setEnrichedAt(Instant.EPOCH)
            .setProcessingMillis(12).build())
        .build();
  }

  static Entity entity(String name, EntityType type, String kbUrl, Mention... mentions) {
    return Entity.newBuilder().setId("e-" + name).setName(name).setType(type).setKbUrl(kbUrl)
        .setKbId(kbUrl == null ? null : name.replace(' ', '_')).setSalience(0.5).setMentions(List.of(mentions)).build();
  }

  private static JsonNode json(EnrichedArticle article) {
    return new AvroJsonView().toJson(article);
  }

  @Test
  void shouldHighlightEveryMentionAndKeepTheTextExact() {
    EnrichedArticle hostile = hostileArticle();
    String body = "😀 Ólafur Grímsson met the Bank of Japan Post.";
    int olafur = body.indexOf("Ólafur");
    int bank = body.indexOf("Bank");
    EnrichedArticle second = article("a/2", "Ólafur in Tokyo", body, List.of(
        entity("Ólafur Ragnar Grímsson", EntityType.PERSON, null,
            new Mention("headline", 0, 6, "Ólafur"), new Mention("body", olafur, olafur + 15, "Ólafur Grímsson")),
        entity("Bank of Japan", EntityType.ORGANIZATION, "https://en.wikipedia.org/wiki/Bank_of_Japan",
            new Mention("body", bank, bank + 13, "Bank of Japan")),
        entity("Japan Post", EntityType.ORGANIZATION, null, new Mention("body", bank + 8, bank + 18, "Japan Post")),
        entity("Japan", EntityType.LOCATION, null, new Mention("body", bank + 8, bank + 13, "Japan"))),
        List.of());
    String page = HtmlReport.render("t", List.of(hostile, second));

    int checked = PageCheck.assertEveryMentionHighlighted(Jsoup.parse(page), List.of(json(hostile), json(second)));

    assertThat(checked).isEqualTo(8);
  }

  @Test
  void shouldKeepHostileTextInert() {
    Document page = Jsoup.parse(HtmlReport.render("newswire page", List.of(hostileArticle())));

    assertThat(page.select("script, img, b, i")).isEmpty();
    assertThat(page.title()).isEqualTo("newswire page");
    assertThat(page.selectFirst("[data-field=body]").text()).contains("<script>document.title='pwned'</script>");
    assertThat(page.select("a[href]")).extracting(a -> a.attr("href"))
        .allMatch(href -> href.startsWith("https://") || href.startsWith("#"))
        .contains("https://en.wikipedia.org/wiki/Seoul");
  }

  @Test
  void shouldListRelatedArticlesAndFlagDuplicates() {
    Document page = Jsoup.parse(HtmlReport.render("t", List.of(hostileArticle())));

    assertThat(page.select("ul.related li.duplicate")).hasSize(1);
    assertThat(page.selectFirst("ul.related li").text()).contains("<i>x</i>").contains("duplicate").contains("shared: Seoul");
  }

  @Test
  void shouldNeedNothingFromOutside() {
    String page = HtmlReport.render("t", List.of(hostileArticle()));

    assertThat(page).contains("default-src 'none'").doesNotContain("<link").doesNotContain("src=\"http")
        .doesNotContain("@import").doesNotContain("url(");
  }

  @Test
  void shouldRewriteTheFileWithEachArticle(@TempDir Path dir) throws Exception {
    HtmlReport report = new HtmlReport("t");
    Path file = dir.resolve("page.html");
    report.add(hostileArticle());
    report.writeTo(file);
    report.add(article("b", "Second", "Body.", List.of(), List.of()));
    report.writeTo(file);

    assertThat(Jsoup.parse(Files.readString(file)).select("article")).hasSize(2);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }
}
