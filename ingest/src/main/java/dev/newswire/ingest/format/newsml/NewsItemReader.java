package dev.newswire.ingest.format.newsml;

import dev.newswire.ingest.format.ArticleCheck;
import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.FeedTags;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.nitf.NitfContent;
import dev.newswire.ingest.format.nitf.NitfFormat;
import dev.newswire.ingest.format.nitf.NitfReader;
import dev.newswire.ingest.format.text.Bylines;
import dev.newswire.ingest.format.text.Dates;
import dev.newswire.ingest.format.text.HtmlText;
import dev.newswire.ingest.format.xml.Dom;
import dev.newswire.schemas.FeedTag;
import dev.newswire.schemas.InputFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import org.w3c.dom.Element;

/**
 * One NewsML-G2 {@code <newsItem>} to a draft. Source id: {@code @guid}; source: the provider's name
 * (else its qcode without scheme); date: {@code contentMeta/contentCreated}, else
 * {@code itemMeta/firstCreated}, else {@code versionCreated}; headline, {@code description} (the
 * standfirst), {@code by}, {@code creator/name}, {@code language/@tag} (else {@code xml:lang}) and
 * {@code link} with rel {@code irel:canonical} from the item's metadata. Body: the first
 * {@code contentSet} entry that is inline XHTML ({@code <html>}), inline NITF (whose fields fill what
 * the item's own metadata lacks) or inline text data. Feed tags: {@code subject} (kind by its
 * {@code @type}: person, organisation, place, event, else subject), {@code genre}, {@code keyword},
 * {@code urgency} and {@code located}.
 */
final class NewsItemReader {

  private final NitfReader nitf = new NitfReader();

  ParseResult read(Element item, String what) {
    Element itemMeta = Dom.child(item, "itemMeta");
    Element contentMeta = Dom.child(item, "contentMeta");
    NitfContent inline = inlineNitf(item);
    String headline = first(Dom.line(Dom.child(contentMeta, "headline")), inline == null ? null : inline.headline());
    String body = inline != null ? inline.body() : inlineBody(item);
    if (ArticleCheck.missing(what, headline, body) != null) {
      return ArticleCheck.single(InputFormat.NEWSML_G2, what, null, headline, body);
    }
    ArticleDraft.Builder draft = inline != null
        ? NitfFormat.draft(InputFormat.NEWSML_G2, withHeadline(inline, headline))
        : ArticleDraft.builder(InputFormat.NEWSML_G2, headline, body);
    String description = Dom.paragraphs(Dom.child(contentMeta, "description"));
    if (description != null) {
      draft.standfirst(description);
    }
    draft.sourceId(Dom.attribute(item, "guid"))
        .url(canonicalLink(itemMeta))
        .feedTags(tags(contentMeta, inline));
    setIfPresent(draft, provider(itemMeta), language(item, contentMeta), published(itemMeta, contentMeta));
    List<String> authors = authors(contentMeta);
    if (!authors.isEmpty()) {
      draft.authors(authors);
    }
    return ParseResult.of(InputFormat.NEWSML_G2, draft.build());
  }

  private static void setIfPresent(ArticleDraft.Builder draft, String source, String language, Instant published) {
    if (source != null) {
      draft.source(source);
    }
    if (language != null) {
      draft.language(language);
    }
    if (published != null) {
      draft.publishedAt(published);
    }
  }

  private NitfContent inlineNitf(Element item) {
    for (Element inline : Dom.descendants(Dom.child(item, "contentSet"), "inlineXML")) {
      Element nitfRoot = Dom.child(inline, "nitf");
      if (nitfRoot != null) {
        return nitf.read(nitfRoot);
      }
    }
    return null;
  }

  private static String inlineBody(Element item) {
    Element contentSet = Dom.child(item, "contentSet");
    for (Element inline : Dom.descendants(contentSet, "inlineXML")) {
      Element html = Dom.child(inline, "html");
      Element body = html == null ? null : Dom.child(html, "body");
      String text = Dom.paragraphs(body != null ? body : inline);
      if (text != null) {
        return text;
      }
    }
    for (Element data : Dom.descendants(contentSet, "inlineData")) {
      String type = Dom.attribute(data, "contenttype");
      String raw = data.getTextContent();
      String text = type != null && type.toLowerCase(Locale.ROOT).contains("html") ? HtmlText.fromHtml(raw)
          : HtmlText.fromPlain(raw);
      if (text != null && !text.isBlank()) {
        return text;
      }
    }
    return null;
  }

  private static NitfContent withHeadline(NitfContent content, String headline) {
    return new NitfContent(headline, content.standfirst(), content.body(), content.authors(), content.sourceId(),
        content.source(), content.section(), content.language(), content.publishedAt(), content.feedTags(),
        content.dateline());
  }

  private static String provider(Element itemMeta) {
    Element provider = Dom.child(itemMeta, "provider");
    String name = Dom.line(Dom.child(provider, "name"));
    if (name != null) {
      return name;
    }
    String qcode = Dom.attribute(provider, "qcode");
    return qcode == null ? Dom.attribute(provider, "literal") : qcode.substring(qcode.indexOf(':') + 1);
  }

  private static String language(Element item, Element contentMeta) {
    String tag = Dom.attribute(Dom.child(contentMeta, "language"), "tag");
    if (tag != null) {
      return tag;
    }
    String lang = item.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
    return lang.isBlank() ? null : lang.strip();
  }

  private static Instant published(Element itemMeta, Element contentMeta) {
    return Dates.first(Dom.line(Dom.child(contentMeta, "contentCreated")),
        Dom.line(Dom.child(itemMeta, "firstCreated")), Dom.line(Dom.child(itemMeta, "versionCreated")));
  }

  private static String canonicalLink(Element itemMeta) {
    for (Element link : Dom.children(itemMeta, "link")) {
      String rel = Dom.attribute(link, "rel");
      if (rel != null && rel.endsWith("canonical")) {
        return Dom.attribute(link, "href");
      }
    }
    return null;
  }

  private static List<String> authors(Element contentMeta) {
    List<String> names = new ArrayList<>();
    for (Element creator : Dom.children(contentMeta, "creator")) {
      String name = first(Dom.line(Dom.child(creator, "name")), Dom.attribute(creator, "literal"));
      if (name != null) {
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      String by = Dom.line(Dom.child(contentMeta, "by"));
      if (by != null) {
        names.add(Bylines.clean(by));
      }
    }
    return names;
  }

  private static List<FeedTag> tags(Element contentMeta, NitfContent inline) {
    FeedTags tags = new FeedTags();
    for (Element subject : Dom.children(contentMeta, "subject")) {
      tags.add(kind(Dom.attribute(subject, "type")), Dom.line(Dom.child(subject, "name")),
          Dom.attribute(subject, "qcode"));
    }
    for (Element genre : Dom.children(contentMeta, "genre")) {
      tags.add("genre", Dom.line(Dom.child(genre, "name")), Dom.attribute(genre, "qcode"));
    }
    for (Element keyword : Dom.children(contentMeta, "keyword")) {
      tags.add("keyword", Dom.line(keyword), null);
    }
    tags.add("urgency", Dom.line(Dom.child(contentMeta, "urgency")), null);
    Element located = Dom.child(contentMeta, "located");
    tags.add("located", Dom.line(Dom.child(located, "name")), Dom.attribute(located, "qcode"));
    if (inline != null) {
      inline.feedTags().forEach(tag -> tags.add(tag.getKind(), tag.getName(), tag.getCode()));
    }
    return tags.list();
  }

  private static String kind(String type) {
    String value = type == null ? "" : type.substring(type.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    return switch (value) {
      case "person" -> "person";
      case "organisation", "organization" -> "organisation";
      case "geoarea", "poi" -> "place";
      case "event" -> "event";
      default -> "subject";
    };
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
