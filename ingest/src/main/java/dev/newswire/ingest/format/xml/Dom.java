package dev.newswire.ingest.format.xml;

import dev.newswire.ingest.format.text.BlockElements;
import dev.newswire.ingest.format.text.ParagraphText;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Small reads on a namespace-aware DOM, by local name so that any namespace prefix (or none) works:
 * child and descendant elements, attributes, and text with paragraphs kept ({@link ParagraphText}).
 */
public final class Dom {

  private Dom() {}

  public static String localName(Node node) {
    String local = node.getLocalName();
    return local != null ? local : node.getNodeName();
  }

  /** The direct child elements with this local name, in document order. */
  public static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && localName.equals(localName(element))) {
        found.add(element);
      }
    }
    return found;
  }

  /** The first direct child element with this local name, or null (also when the parent is null). */
  public static Element child(Element parent, String localName) {
    List<Element> found = children(parent, localName);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The first element along a path of child local names, or null. */
  public static Element path(Element start, String... localNames) {
    Element current = start;
    for (String name : localNames) {
      if (current == null) {
        return null;
      }
      current = child(current, name);
    }
    return current;
  }

  /** All descendant elements with this local name, in document order. */
  public static List<Element> descendants(Element root, String localName) {
    List<Element> found = new ArrayList<>();
    if (root == null) {
      return found;
    }
    NodeList all = root.getElementsByTagNameNS("*", localName);
    for (int i = 0; i < all.getLength(); i++) {
      found.add((Element) all.item(i));
    }
    return found;
  }

  /** The first descendant with this local name, or null. */
  public static Element descendant(Element root, String localName) {
    List<Element> found = descendants(root, localName);
    return found.isEmpty() ? null : found.get(0);
  }

  /** An attribute's value, or null when absent or blank. */
  public static String attribute(Element element, String name) {
    if (element == null || !element.hasAttribute(name)) {
      return null;
    }
    String value = element.getAttribute(name).strip();
    return value.isEmpty() ? null : value;
  }

  /** The element's text on one line, or null when the element is null or has no text. */
  public static String line(Element element) {
    if (element == null) {
      return null;
    }
    String text = ParagraphText.oneLine(element.getTextContent());
    return text.isEmpty() ? null : text;
  }

  /** The element's text with one paragraph per block element, or null when absent or empty. */
  public static String paragraphs(Element element) {
    if (element == null) {
      return null;
    }
    ParagraphText text = new ParagraphText();
    walk(element, text);
    String result = text.result();
    return result.isEmpty() ? null : result;
  }

  private static void walk(Node node, ParagraphText text) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.text(child.getNodeValue());
      } else if (child instanceof Element element) {
        boolean block = BlockElements.isBlock(localName(element));
        if (block) {
          text.breakParagraph();
        }
        walk(element, text);
        if (block) {
          text.breakParagraph();
        }
      }
    }
  }
}
