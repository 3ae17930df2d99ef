package dev.newswire.ingest.format.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to plain text with paragraphs kept: in goes an HTML fragment or a jsoup element, out comes its
 * text (entities decoded, scripts and styles dropped) with one paragraph per block element, joined
 * by newlines (see {@link ParagraphText}).
 */
public final class HtmlText {

  private HtmlText() {}

  /** The text of an HTML fragment such as an RSS description; null stays null. */
  public static String fromHtml(String html) {
    if (html == null) {
      return null;
    }
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return fromPlain(html);
    }
    return of(Jsoup.parseBodyFragment(html).body());
  }

  /** Plain text with one paragraph per non-blank line; null stays null. */
  public static String fromPlain(String plain) {
    if (plain == null) {
      return null;
    }
    ParagraphText text = new ParagraphText();
    for (String line : LineBreaks.split(plain)) {
      text.text(line);
      text.breakParagraph();
    }
    return text.result();
  }

  /** The text of an element and its descendants. */
  public static String of(Element element) {
    ParagraphText text = new ParagraphText();
    element.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode textNode && !insideScript(textNode)) {
          text.text(textNode.getWholeText());
        } else if (node instanceof Element child && BlockElements.isBlock(child.normalName())) {
          text.breakParagraph();
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element child && BlockElements.isBlock(child.normalName())) {
          text.breakParagraph();
        }
      }
    });
    return text.result();
  }

  private static boolean insideScript(TextNode node) {
    Node parent = node.parent();
    return parent instanceof Element element
        && ("script".equals(element.normalName()) || "style".equals(element.normalName()));
  }
}
