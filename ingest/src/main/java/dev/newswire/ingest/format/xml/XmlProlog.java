package dev.newswire.ingest.format.xml;

import java.util.Locale;

/**
 * What the start of a text shows before its first element: in goes the text, out comes the root
 * element's qualified name and whether a document type declaration came before it, or null when
 * the text does not start like markup. Used for format detection and to refuse DTDs before any
 * parser sees them. Only the first {@value #SCAN_LIMIT} characters are looked at.
 *
 * @param rootName the root element's name as written ("nitf", "g2:newsItem", "html")
 * @param doctype the text of the document type declaration, or null when there is none
 */
public record XmlProlog(String rootName, String doctype) {

  static final int SCAN_LIMIT = 64 * 1024;

  /** The prolog of the text, or null when it does not begin with markup. */
  public static XmlProlog read(String text) {
    String head = text.length() > SCAN_LIMIT ? text.substring(0, SCAN_LIMIT) : text;
    int i = head.startsWith("\uFEFF") ? 1 : 0;
    String doctype = null;
    while (true) {
      i = skipSpace(head, i);
      if (i >= head.length() || head.charAt(i) != '<') {
        return null;
      }
      if (head.startsWith("<?", i)) {
        i = after(head, "?>", i);
      } else if (head.startsWith("<!--", i)) {
        i = after(head, "-->", i);
      } else if (head.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        int end = doctypeEnd(head, i);
        doctype = head.substring(i, Math.max(i, end));
        i = end;
      } else {
        return rootAt(head, i + 1, doctype);
      }
      if (i < 0) {
        return null;
      }
    }
  }

  /** The root's name without a namespace prefix. */
  public String localName() {
    int colon = rootName.indexOf(':');
    return colon < 0 ? rootName : rootName.substring(colon + 1);
  }

  public boolean hasDoctype() {
    return doctype != null;
  }

  /** True for an HTML DOCTYPE ({@code <!DOCTYPE html>}, with or without a public id). */
  public boolean htmlDoctype() {
    return doctype != null && doctype.substring(9).strip().toLowerCase(Locale.ROOT).startsWith("html");
  }

  private static XmlProlog rootAt(String head, int start, String doctype) {
    int end = start;
    while (end < head.length() && isNameChar(head.charAt(end), end == start)) {
      end++;
    }
    return end == start ? null : new XmlProlog(head.substring(start, end), doctype);
  }

  private static boolean isNameChar(char c, boolean first) {
    if (Character.isLetter(c) || c == '_') {
      return true;
    }
    return !first && (Character.isDigit(c) || c == '-' || c == '.' || c == ':');
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int after(String text, String end, int from) {
    int at = text.indexOf(end, from);
    return at < 0 ? -1 : at + end.length();
  }

  /** The end of a DOCTYPE, past an internal subset in brackets if there is one. */
  private static int doctypeEnd(String text, int from) {
    int bracket = text.indexOf('[', from);
    int close = text.indexOf('>', from);
    if (bracket >= 0 && (close < 0 || bracket < close)) {
      int subsetEnd = text.indexOf(']', bracket);
      return subsetEnd < 0 ? -1 : after(text, ">", subsetEnd);
    }
    return close < 0 ? -1 : close + 1;
  }
}
