package dev.newswire.app.view.html;

/**
 * Escaping for text and attribute values. Everything that comes from an article goes through here:
 * the five markup characters become references, and a lone surrogate (an offset that cut a
 * character in two) becomes U+FFFD, so the page is always well-formed UTF-8.
 */
final class Html {

  private Html() {}

  static String escape(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    appendEscaped(out, text, 0, text.length());
    return out.toString();
  }

  static void appendEscaped(StringBuilder out, CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  /** An http(s) URL as an attribute value, or null for anything else (javascript:, data:, ...). */
  static String safeUrl(String url) {
    if (url == null) {
      return null;
    }
    String trimmed = url.trim();
    String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? escape(trimmed) : null;
  }
}
