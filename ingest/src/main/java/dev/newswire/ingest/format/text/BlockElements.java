package dev.newswire.ingest.format.text;

import java.util.Locale;
import java.util.Set;

/** Names of the HTML, XHTML and NITF elements that start and end a paragraph of text. */
public final class BlockElements {

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
      "blockquote", "pre", "section", "article", "header", "footer", "main", "aside", "figure",
      "figcaption", "table", "tr", "td", "th", "hr", "address", "body", "block", "hl1", "hl2", "hedline",
      "body.content", "body.head", "body.end", "abstract", "dateline", "byline", "nitf-table", "media",
      "media-caption", "note", "fn", "bq", "credit", "tagline");

  private BlockElements() {}

  /** True for an element (by local name, any case) that is its own paragraph. */
  public static boolean isBlock(String localName) {
    return BLOCKS.contains(localName.toLowerCase(Locale.ROOT));
  }
}
