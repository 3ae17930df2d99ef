package dev.newswire.app.view.html;

import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.Mention;
import dev.newswire.schemas.RelatedArticle;
import dev.newswire.schemas.TopicLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.Schema;

/**
 * One enriched article as an HTML {@code <article>} section: headline, standfirst, source line and
 * body with every mention highlighted by type at its offsets ({@link MarkedText}), each text in an
 * element whose {@code data-field} names the field its offsets point into; beside it the entities
 * (type, Wikipedia link, salience, mentions), topics, related articles (duplicates flagged) and the
 * story thread when the schema has one. All article text is escaped.
 */
final class ArticleHtml {

  private ArticleHtml() {}

  /** @param onPage ids of the articles on the same page, linked by anchor instead of URL */
  static String render(EnrichedArticle article, Set<String> onPage) {
    String anchor = anchor(article.getId());
    Map<String, List<Highlight>> byField = highlights(article, anchor);
    StringBuilder out = new StringBuilder(article.getBody().length() * 2 + 2048);
    out.append("<article id=\"").append(anchor).append("\" data-article-id=\"").append(Html.escape(article.getId()))
        .append("\">\n<div class=\"text\">\n");
    out.append("<h2 data-field=\"headline\">").append(marked(article.getHeadline(), byField, "headline")).append("</h2>\n");
    if (article.getStandfirst() != null) {
      out.append("<p class=\"standfirst\" data-field=\"standfirst\">")
          .append(marked(article.getStandfirst(), byField, "standfirst")).append("</p>\n");
    }
    meta(article, byField, out);
    out.append("<div class=\"body\" data-field=\"body\">").append(marked(article.getBody(), byField, "body"))
        .append("</div>\n</div>\n<aside>\n");
    entities(article, anchor, out);
    topics(article.getTopics(), out);
    related(article.getRelated(), onPage, out);
    story(article, out);
    out.append("</aside>\n</article>\n");
    return out.toString();
  }

  /** An HTML id for the article: its id's ASCII letters and digits, and a hash so "a/2" and "a_2" differ. */
  static String anchor(String articleId) {
    StringBuilder id = new StringBuilder("a-");
    for (char c : articleId.toCharArray()) {
      id.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
    }
    return id.append('-').append(Integer.toHexString(articleId.hashCode())).toString();
  }

  private static Map<String, List<Highlight>> highlights(EnrichedArticle article, String anchor) {
    Map<String, List<Highlight>> byField = new HashMap<>();
    List<Entity> entities = article.getEntities();
    for (int e = 0; e < entities.size(); e++) {
      Entity entity = entities.get(e);
      String title = entity.getName() + " · " + entity.getType() + (entity.getKbId() == null ? "" : " · " + entity.getKbId());
      List<Mention> mentions = entity.getMentions();
      for (int m = 0; m < mentions.size(); m++) {
        Mention mention = mentions.get(m);
        byField.computeIfAbsent(mention.getField(), f -> new ArrayList<>()).add(new Highlight(mention.getStart(),
            mention.getEnd(), anchor + "-e" + e, anchor + "-e" + e + "-m" + m, typeClass(entity), title));
      }
    }
    return byField;
  }

  private static void meta(EnrichedArticle article, Map<String, List<Highlight>> byField, StringBuilder out) {
    out.append("<p class=\"meta\">");
    if (article.getSource() != null) {
      out.append("<span data-field=\"source\">").append(marked(article.getSource(), byField, "source")).append("</span> · ");
    }
    if (article.getPublishedAt() != null) {
      out.append(Html.escape(article.getPublishedAt().toString())).append(" · ");
    }
    String url = Html.safeUrl(article.getUrl());
    if (url != null) {
      out.append("<a href=\"").append(url).append("\" rel=\"noreferrer noopener\">original</a> · ");
    }
    out.append("<code>").append(Html.escape(article.getId())).append("</code></p>\n");
  }

  private static void entities(EnrichedArticle article, String anchor, StringBuilder out) {
    List<Entity> entities = article.getEntities();
    out.append("<h3>Entities (").append(entities.size()).append(")</h3>\n");
    if (entities.isEmpty()) {
      out.append("<p class=\"none\">none found</p>\n");
      return;
    }
    out.append("<table class=\"entities\"><thead><tr><th>entity</th><th>type</th><th>link</th>")
        .append("<th title=\"salience\">sal.</th><th title=\"mentions\">×</th></tr></thead><tbody>\n");
    List<Integer> order = new ArrayList<>();
    for (int e = 0; e < entities.size(); e++) {
      order.add(e);
    }
    order.sort(Comparator.comparingDouble((Integer e) -> -entities.get(e).getSalience()));
    for (int e : order) {
      Entity entity = entities.get(e);
      out.append("<tr id=\"").append(anchor).append("-e").append(e).append("\"><td><span class=\"chip ")
          .append(typeClass(entity)).append("\">").append(Html.escape(entity.getName())).append("</span></td><td>")
          .append(Html.escape(entity.getType().toString()))
          .append(entity.getSubtype() == null ? "" : " <small>" + Html.escape(entity.getSubtype()) + "</small>")
          .append("</td><td>").append(link(entity)).append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.2f", entity.getSalience())).append("</td><td class=\"num\">")
          .append(entity.getMentions().size()).append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");
  }

  private static String link(Entity entity) {
    String url = Html.safeUrl(entity.getKbUrl());
    if (url == null) {
      return entity.getKbId() == null ? "<span class=\"none\">not linked</span>" : Html.escape(entity.getKbId());
    }
    String label = entity.getKbId() == null ? "Wikipedia" : entity.getKbId().replace('_', ' ');
    return "<a href=\"" + url + "\" rel=\"noreferrer noopener\">" + Html.escape(label) + "</a>";
  }

  private static void topics(List<TopicLink> topics, StringBuilder out) {
    if (topics.isEmpty()) {
      return;
    }
    out.append("<h3>Topics</h3>\n<p class=\"topics\">").append(topics.stream()
        .map(t -> {
          String url = Html.safeUrl(t.getKbUrl());
          String label = Html.escape(t.getLabel());
          return url == null ? "<span>" + label + "</span>"
              : "<a href=\"" + url + "\" rel=\"noreferrer noopener\">" + label + "</a>";
        })
        .collect(Collectors.joining(" · "))).append("</p>\n");
  }

  private static void related(List<RelatedArticle> related, Set<String> onPage, StringBuilder out) {
    out.append("<h3>Related articles (").append(related.size()).append(")</h3>\n");
    if (related.isEmpty()) {
      out.append("<p class=\"none\">none yet</p>\n");
      return;
    }
    out.append("<ul class=\"related\">\n");
    for (RelatedArticle r : related) {
      String href = onPage.contains(r.getId()) ? "#" + anchor(r.getId()) : Html.safeUrl(r.getUrl());
      String headline = Html.escape(r.getHeadline());
      out.append("<li").append(r.getDuplicate() ? " class=\"duplicate\"" : "").append(">")
          .append(href == null ? headline : "<a href=\"" + href + "\">" + headline + "</a>")
          .append(r.getDuplicate() ? " <strong class=\"dup\">duplicate</strong>" : "")
          .append(String.format(Locale.ROOT, " <small>score %.2f", r.getScore()))
          .append(r.getSharedEntities().isEmpty() ? "" : "; shared: " + Html.escape(String.join(", ", r.getSharedEntities())))
          .append("</small></li>\n");
    }
    out.append("</ul>\n");
  }

  /** The story thread, when this build's schema has a {@code storyId} (a later schema may add it). */
  private static void story(EnrichedArticle article, StringBuilder out) {
    Schema.Field field = article.getSchema().getField("storyId");
    Object story = field == null ? null : article.get(field.pos());
    if (story != null) {
      out.append("<h3>Story</h3>\n<p class=\"story\"><code>").append(Html.escape(story.toString())).append("</code></p>\n");
    }
  }

  static String typeClass(Entity entity) {
    return "t-" + entity.getType().toString().toLowerCase(Locale.ROOT);
  }

  private static String marked(String text, Map<String, List<Highlight>> byField, String field) {
    return MarkedText.render(text, byField.getOrDefault(field, List.of()));
  }
}
