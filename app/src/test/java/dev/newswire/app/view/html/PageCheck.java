package dev.newswire.app.view.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Checks a page against the JSON view of its articles: every text field the page shows reads exactly
 * as in the article, and every mention of every entity is covered by marks whose text and position
 * in the field (counted in UTF-16 units over the DOM's text) match the mention's offsets. Works on
 * any DOM: the page as written, or as a browser dumped it after rendering.
 */
public final class PageCheck {

  private PageCheck() {}

  /** Returns how many mentions it checked. */
  public static int assertEveryMentionHighlighted(Document page, List<JsonNode> articles) {
    int checked = 0;
    for (JsonNode article : articles) {
      String id = article.get("id").asText();
      Element section = page.selectFirst("article[data-article-id=\"" + id.replace("\"", "\\\"") + "\"]");
      assertThat(section).as("section of article %s", id).isNotNull();
      Map<String, Map<Element, int[]>> positions = new HashMap<>();
      for (Element field : section.select("[data-field]")) {
        String name = field.attr("data-field");
        assertThat(textOf(field)).as("text of %s in %s", name, id).isEqualTo(article.get(name).asText());
        positions.put(name, markPositions(field));
      }
      JsonNode entities = article.get("entities");
      for (int e = 0; e < entities.size(); e++) {
        JsonNode mentions = entities.get(e).get("mentions");
        for (int m = 0; m < mentions.size(); m++) {
          assertMention(article, mentions.get(m), "-e" + e + "-m" + m, positions);
          checked++;
        }
      }
    }
    return checked;
  }

  private static void assertMention(JsonNode article, JsonNode mention, String suffix,
      Map<String, Map<Element, int[]>> positions) {
    String field = mention.get("field").asText();
    int start = mention.get("start").asInt();
    int end = mention.get("end").asInt();
    String text = article.get(field).asText();
    String what = article.get("id").asText() + " " + field + "[" + start + "," + end + ") " + mention.get("text");
    assertThat(positions).as("field %s shown for %s", field, what).containsKey(field);
    List<int[]> pieces = new ArrayList<>();
    positions.get(field).forEach((mark, at) -> {
      if (mark.attr("data-mention").endsWith(suffix)) {
        assertThat(Integer.parseInt(mark.attr("data-start"))).as("data-start of a piece of %s", what).isEqualTo(at[0]);
        assertThat(Integer.parseInt(mark.attr("data-end"))).as("data-end of a piece of %s", what).isEqualTo(at[1]);
        assertThat(textOf(mark)).as("text of a piece of %s", what).isEqualTo(text.substring(at[0], at[1]));
        pieces.add(at);
      }
    });
    assertThat(pieces).as("marks of %s", what).isNotEmpty();
    pieces.sort(Comparator.comparingInt(p -> p[0]));
    int covered = start;
    for (int[] piece : pieces) {
      assertThat(piece[0]).as("marks of %s are contiguous", what).isEqualTo(covered);
      covered = piece[1];
    }
    assertThat(covered).as("marks of %s end at the mention's end", what).isEqualTo(end);
    assertThat(text.substring(start, end)).isEqualTo(mention.get("text").asText());
  }

  /** The text of an element as the DOM holds it (no whitespace normalisation). */
  static String textOf(Element element) {
    StringBuilder text = new StringBuilder();
    element.traverse((node, depth) -> {
      if (node instanceof TextNode t) {
        text.append(t.getWholeText());
      }
    });
    return text.toString();
  }

  /** Each mark inside the field and its [start, end) in the field's text. */
  private static Map<Element, int[]> markPositions(Element field) {
    Map<Element, int[]> positions = new java.util.IdentityHashMap<>();
    int[] offset = {0};
    field.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          offset[0] += t.getWholeText().length();
        } else if (node instanceof Element mark && mark.tagName().equals("mark")) {
          positions.put(mark, new int[] {offset[0], -1});
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element mark && mark.tagName().equals("mark")) {
          positions.get(mark)[1] = offset[0];
        }
      }
    });
    return positions;
  }
}
