package dev.newswire.ingest.format.html;

import dev.newswire.ingest.format.text.Bylines;
import dev.newswire.ingest.format.text.ParagraphText;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about its article, read before any cleaning: headline ({@code article h1},
 * {@code h1}, {@code og:title}, {@code <title>}), byline ({@code meta name=author},
 * {@code itemprop=author}, {@code rel=author}, {@code .byline}, without a leading "By"), publication
 * date ({@code article:published_time}, {@code itemprop=datePublished}, {@code time[datetime]}, date
 * metas), description, canonical URL ({@code link rel=canonical}, {@code og:url}), site name,
 * section, language ({@code html lang}) and keywords ({@code article:tag}, {@code meta keywords}).
 * Every field may be null (keywords empty).
 */
record PageMetadata(String headline, String byline, String published, String description, String canonicalUrl,
    String siteName, String section, String language, List<String> keywords) {

  static PageMetadata of(Document page) {
    return new PageMetadata(
        first(HtmlArticleReader.oneLine(page.selectFirst("article h1")), HtmlArticleReader.oneLine(page.selectFirst("h1")),
            meta(page, "meta[property=og:title]"), ParagraphText.oneLine(page.title())),
        byline(page),
        first(meta(page, "meta[property=article:published_time]"), attr(page, "[itemprop=datePublished]", "content"),
            attr(page, "[itemprop=datePublished]", "datetime"), attr(page, "article time[datetime]", "datetime"),
            attr(page, "time[datetime]", "datetime"), meta(page, "meta[name=date]"),
            meta(page, "meta[name=pubdate]"), meta(page, "meta[name=dc.date]")),
        first(meta(page, "meta[name=description]"), meta(page, "meta[property=og:description]")),
        first(attr(page, "link[rel=canonical]", "href"), meta(page, "meta[property=og:url]")),
        meta(page, "meta[property=og:site_name]"),
        meta(page, "meta[property=article:section]"),
        attr(page, "html[lang]", "lang"),
        keywords(page));
  }

  private static String byline(Document page) {
    String raw = first(meta(page, "meta[name=author]"), HtmlArticleReader.oneLine(page.selectFirst("[itemprop=author] [itemprop=name]")),
        HtmlArticleReader.oneLine(page.selectFirst("[itemprop=author]")), HtmlArticleReader.oneLine(page.selectFirst("[rel=author]")),
        HtmlArticleReader.oneLine(page.selectFirst(".byline")));
    return Bylines.clean(raw);
  }

  private static List<String> keywords(Document page) {
    List<String> words = new ArrayList<>();
    for (Element tag : page.select("meta[property=article:tag]")) {
      words.add(tag.attr("content"));
    }
    String list = meta(page, "meta[name=keywords]");
    if (list != null) {
      for (String word : list.split(",")) {
        words.add(word);
      }
    }
    words.replaceAll(String::strip);
    words.removeIf(String::isEmpty);
    return words;
  }

  private static String meta(Document page, String selector) {
    return attr(page, selector, "content");
  }

  private static String attr(Document page, String selector, String attribute) {
    Element element = page.selectFirst(selector);
    if (element == null || !element.hasAttr(attribute)) {
      return null;
    }
    String value = ParagraphText.oneLine(element.attr(attribute));
    return value.isEmpty() ? null : value;
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
