package dev.newswire.ingest.format.ninjs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswire.ingest.format.ArticleCheck;
import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.ingest.format.text.Bylines;
import dev.newswire.ingest.format.text.Dates;
import dev.newswire.ingest.format.text.HtmlText;
import dev.newswire.ingest.format.text.ParagraphText;
import dev.newswire.schemas.InputFormat;
import java.util.List;
import java.util.Locale;

/**
 * One ninjs object (1.x or 2.x) to a draft. Source id: {@code uri}; headline: {@code headline}
 * (1.x) or the {@code headlines[]} entry with role "main" (else the first); body: {@code body_text},
 * else {@code body_html} as text, else the best {@code bodies[]} entry (plain text before HTML, role
 * "main" first); standfirst: {@code description_text} / {@code description_html} or the
 * {@code descriptions[]} entry with role summary (else the first); authors: {@code byline} or
 * {@code by}, without a leading "By"; date: {@code firstcreated}, else {@code versioncreated}, else
 * {@code contentcreated}; URL: the {@code links[]} entry with a canonical rel; source: the first
 * {@code infosources[]} name, else {@code copyrightholder}; language; feed tags as {@link NinjsTags}
 * reads them. A value of the wrong JSON type is ignored, as the many ninjs dialects in use differ.
 */
final class NinjsMapper {

  private final NinjsTags tags = new NinjsTags();

  ParseResult map(JsonNode node, String what) {
    if (!node.isObject()) {
      return ParseResult.failed(InputFormat.NINJS, ParseFailure.of(RejectReason.MALFORMED_JSON,
          what + ": expected a JSON object but found " + node.getNodeType().name().toLowerCase(Locale.ROOT)));
    }
    String headline = first(ParagraphText.oneLine(text(node, "headline")), ParagraphText.oneLine(pick(node.get("headlines"), "main")));
    String body = body(node);
    if (ArticleCheck.missing(what, headline, body) != null) {
      return ArticleCheck.single(InputFormat.NINJS, what, null, headline, body);
    }
    return ParseResult.of(InputFormat.NINJS, ArticleDraft.builder(InputFormat.NINJS, headline, body)
        .sourceId(text(node, "uri"))
        .standfirst(standfirst(node))
        .authors(authors(node))
        .publishedAt(Dates.first(text(node, "firstcreated"), text(node, "versioncreated"), text(node, "contentcreated")))
        .url(canonical(node.get("links")))
        .source(first(nameOfFirst(node.get("infosources")), text(node, "copyrightholder")))
        .language(text(node, "language"))
        .feedTags(tags.read(node))
        .build());
  }

  private static String body(JsonNode node) {
    String text = text(node, "body_text");
    if (text != null) {
      return HtmlText.fromPlain(text);
    }
    String html = text(node, "body_html");
    if (html != null) {
      return HtmlText.fromHtml(html);
    }
    return pick(node.get("bodies"), "main");
  }

  private static String standfirst(JsonNode node) {
    String text = text(node, "description_text");
    if (text != null) {
      return HtmlText.fromPlain(text);
    }
    String html = text(node, "description_html");
    return html != null ? HtmlText.fromHtml(html) : pick(node.get("descriptions"), "summary");
  }

  /** From a ninjs 2 array of {value, contenttype, role}: role first, plain text before HTML, as text. */
  private static String pick(JsonNode entries, String role) {
    if (entries == null || !entries.isArray() || entries.isEmpty()) {
      return null;
    }
    JsonNode best = null;
    int bestScore = -1;
    for (JsonNode entry : entries) {
      if (text(entry, "value") == null) {
        continue;
      }
      String type = first(text(entry, "contenttype"), "text/plain").toLowerCase(Locale.ROOT);
      int score = (role.equalsIgnoreCase(first(text(entry, "role"), "")) ? 2 : 0) + (type.contains("html") ? 0 : 1);
      if (score > bestScore) {
        best = entry;
        bestScore = score;
      }
    }
    if (best == null) {
      return null;
    }
    String type = first(text(best, "contenttype"), "text/plain").toLowerCase(Locale.ROOT);
    return type.contains("html") ? HtmlText.fromHtml(text(best, "value")) : HtmlText.fromPlain(text(best, "value"));
  }

  private static List<String> authors(JsonNode node) {
    String byline = first(text(node, "byline"), text(node, "by"));
    if (byline == null) {
      return List.of();
    }
    String name = Bylines.clean(byline);
    return name == null ? List.of() : List.of(name);
  }

  private static String canonical(JsonNode links) {
    if (links == null || !links.isArray()) {
      return null;
    }
    for (JsonNode link : links) {
      String rel = text(link, "rel");
      if (rel != null && rel.toLowerCase(Locale.ROOT).endsWith("canonical")) {
        return text(link, "href");
      }
    }
    return null;
  }

  private static String nameOfFirst(JsonNode array) {
    return array != null && array.isArray() && !array.isEmpty() ? text(array.get(0), "name") : null;
  }

  /** A non-blank string field, or null (also for other JSON types). */
  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      return null;
    }
    return value.asText();
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
