package dev.newswire.app.view.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkedTextTest {

  private static Highlight h(int start, int end, String key) {
    return new Highlight(start, end, "e", key, "t-person", "title");
  }

  private static Element parse(String html) {
    return Jsoup.parseBodyFragment("<div>" + html + "</div>").selectFirst("div");
  }

  @Test
  void shouldWrapAMentionAtItsOffsets() {
    String html = MarkedText.render("Putin met Abe.", List.of(h(0, 5, "m1"), h(10, 13, "m2")));

    assertThat(html).isEqualTo("<mark class=\"t-person\" data-entity=\"e\" data-mention=\"m1\" data-start=\"0\" data-end=\"5\""
        + " title=\"title\">Putin</mark> met <mark class=\"t-person\" data-entity=\"e\" data-mention=\"m2\" data-start=\"10\""
        + " data-end=\"13\" title=\"title\">Abe</mark>.");
  }

  @Test
  void shouldKeepAdjacentMentionsApart() {
    Element div = parse(MarkedText.render("NewYorkTimes", List.of(h(0, 7, "a"), h(7, 12, "b"))));

    assertThat(div.select("mark")).extracting(Element::text).containsExactly("NewYork", "Times");
    assertThat(PageCheck.textOf(div)).isEqualTo("NewYorkTimes");
  }

  @Test
  void shouldNestAMentionInsideALongerOne() {
    Element div = parse(MarkedText.render("the Bank of Japan said", List.of(h(12, 17, "inner"), h(4, 17, "outer"))));

    Element outer = div.selectFirst("mark[data-mention=outer]");
    assertThat(outer.text()).isEqualTo("Bank of Japan");
    assertThat(outer.selectFirst("mark[data-mention=inner]").text()).isEqualTo("Japan");
    assertThat(PageCheck.textOf(div)).isEqualTo("the Bank of Japan said");
  }

  @Test
  void shouldSplitAMentionThatCrossesAnother() {
    // "Bank of Japan" [0,13) and "Japan Post" [8,18) cross: Japan Post is cut at 13 into two pieces.
    Element div = parse(MarkedText.render("Bank of Japan Post", List.of(h(0, 13, "a"), h(8, 18, "b"))));

    assertThat(div.select("mark[data-mention=a]")).extracting(Element::text).containsExactly("Bank of Japan");
    assertThat(div.select("mark[data-mention=b]")).extracting(PageCheck::textOf, m -> m.attr("data-start"), m -> m.attr("data-end"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Japan", "8", "13"),
            org.assertj.core.groups.Tuple.tuple(" Post", "13", "18"));
    assertThat(PageCheck.textOf(div)).isEqualTo("Bank of Japan Post");
  }

  @Test
  void shouldCountOffsetsInUtf16UnitsPastCharactersOutsideTheBmp() {
    String text = "😀 Ólafur 𝐀 met 北京";
    int olafur = text.indexOf("Ólafur");
    int beijing = text.indexOf("北京");
    Element div = parse(MarkedText.render(text, List.of(h(olafur, olafur + 6, "a"), h(beijing, beijing + 2, "b"))));

    assertThat(div.select("mark")).extracting(Element::text).containsExactly("Ólafur", "北京");
    assertThat(PageCheck.textOf(div)).isEqualTo(text);
  }

  @Test
  void shouldEscapeTheTextInsideAndOutsideMarks() {
    String text = "<b>A&B</b> \"q\" 'x'";
    String html = MarkedText.render(text, List.of(h(3, 6, "m")));

    assertThat(html).doesNotContain("<b>").contains("&lt;b&gt;").contains("&amp;").contains("&quot;q&quot;")
        .contains("&#39;x&#39;");
    assertThat(PageCheck.textOf(parse(html))).isEqualTo(text);
    assertThat(parse(html).selectFirst("mark").text()).isEqualTo("A&B");
  }

  @Test
  void shouldLeaveOutMentionsOutsideTheText() {
    String html = MarkedText.render("short", List.of(h(2, 99, "x"), h(-1, 2, "y"), h(3, 3, "z")));

    assertThat(html).isEqualTo("short");
  }

  @Test
  void shouldReplaceALoneSurrogateLeftByAnOffset() {
    String text = "a😀b";
    String html = MarkedText.render(text, List.of(h(0, 2, "m"))); // ends inside the emoji

    assertThat(html).doesNotContain("\uD83D\u003C").contains("\uFFFD");
  }
}
