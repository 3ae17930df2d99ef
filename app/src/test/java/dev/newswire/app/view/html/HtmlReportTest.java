package dev.newswire.app.view.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswire.app.view.AvroJsonView;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EntityType;
import dev.newswire.schemas.Mention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {


  private static JsonNode json(EnrichedArticle article) {
    return new AvroJsonView().toJson(article);
  }

  @Test
  void shouldHighlightEveryMentionAndKeepTheTextExact() {
    EnrichedArticle hostile = PageFixtures.hostileArticle();
    String body = "😀 Ólafur Grímsson met the Bank of Japan Post.";
    int olafur = body.indexOf("Ólafur");
    int bank = body.indexOf("Bank");
    EnrichedArticle second = PageFixtures.article("a/2", "Ólafur in Tokyo", body, List.of(
        PageFixtures.entity("Ólafur Ragnar Grímsson", EntityType.PERSON, null,
            new Mention("headline", 0, 6, "Ólafur"), new Mention("body", olafur, olafur + 15, "Ólafur Grímsson")),
        PageFixtures.entity("Bank of Japan", EntityType.ORGANIZATION, "https://en.wikipedia.org/wiki/Bank_of_Japan",
            new Mention("body", bank, bank + 13, "Bank of Japan")),
        PageFixtures.entity("Japan Post", EntityType.ORGANIZATION, null, new Mention("body", bank + 8, bank + 18, "Japan Post")),
        PageFixtures.entity("Japan", EntityType.LOCATION, null, new Mention("body", bank + 8, bank + 13, "Japan"))),
        List.of());
    String page = HtmlReport.render("t", List.of(hostile, second));

    int checked = PageCheck.assertEveryMentionHighlighted(Jsoup.parse(page), List.of(json(hostile), json(second)));

    assertThat(checked).isEqualTo(8);
  }

  @Test
  void shouldKeepHostileTextInert() {
    Document page = Jsoup.parse(HtmlReport.render("newswire page", List.of(PageFixtures.hostileArticle())));

    assertThat(page.select("script, img, b, i")).isEmpty();
    assertThat(page.title()).isEqualTo("newswire page");
    assertThat(page.selectFirst("[data-field=body]").text()).contains("<script>document.title='pwned'</script>");
    assertThat(page.select("a[href]")).extracting(a -> a.attr("href"))
        .allMatch(href -> href.startsWith("https://") || href.startsWith("#"))
        .contains("https://en.wikipedia.org/wiki/Seoul");
  }

  @Test
  void shouldListRelatedArticlesAndFlagDuplicates() {
    Document page = Jsoup.parse(HtmlReport.render("t", List.of(PageFixtures.hostileArticle())));

    assertThat(page.select("ul.related li.duplicate")).hasSize(1);
    assertThat(page.selectFirst("ul.related li").text()).contains("<i>x</i>").contains("duplicate").contains("shared: Seoul");
  }

  @Test
  void shouldLinkARelatedArticleOnThePageToItsSection() {
    EnrichedArticle earlier = PageFixtures.article("a/2", "Earlier", "Body.", List.of(), List.of());
    EnrichedArticle twin = PageFixtures.article("a_2", "Twin", "Body.", List.of(), List.of());
    EnrichedArticle later = PageFixtures.article("later", "Later", "Body.", List.of(), List.of(
        dev.newswire.schemas.RelatedArticle.newBuilder().setId("a/2").setHeadline("Earlier").setScore(0.9).build()));
    Document page = Jsoup.parse(HtmlReport.render("t", List.of(earlier, twin, later)));

    String href = page.selectFirst("ul.related a").attr("href");
    assertThat(page.select("[id]")).extracting(e -> e.id()).doesNotHaveDuplicates();
    assertThat(page.getElementById(href.substring(1)).attr("data-article-id")).isEqualTo("a/2");
  }

  @Test
  void shouldNeedNothingFromOutside() {
    String page = HtmlReport.render("t", List.of(PageFixtures.hostileArticle()));

    assertThat(page).contains("default-src 'none'").doesNotContain("<link").doesNotContain("src=\"http")
        .doesNotContain("@import").doesNotContain("url(");
  }

  @Test
  void shouldRewriteTheFileWithEachArticle(@TempDir Path dir) throws Exception {
    HtmlReport report = new HtmlReport("t");
    Path file = dir.resolve("page.html");
    report.add(PageFixtures.hostileArticle());
    report.writeTo(file);
    report.add(PageFixtures.article("b", "Second", "Body.", List.of(), List.of()));
    report.writeTo(file);

    assertThat(Jsoup.parse(Files.readString(file)).select("article")).hasSize(2);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }
}
