package dev.newswire.ingest.source.http;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a request's Content-Type allows: the names of the formats that may read the body (null when
 * there is no Content-Type, or a generic binary one, so that content detection decides), or an
 * {@link IllegalArgumentException} saying why the type is refused (an unknown type, or a charset
 * other than UTF-8).
 */
final class MediaTypes {

  private static final Set<String> JSON = Set.of("ninjs", "JSON");
  private static final Set<String> XML = Set.of("NITF", "NewsML-G2", "RSS/Atom", "HTML", "other XML");
  private static final Map<String, Set<String>> TYPES = Map.ofEntries(
      Map.entry("application/json", JSON), Map.entry("text/json", JSON),
      Map.entry("application/ninjs+json", Set.of("ninjs")),
      Map.entry("application/x-ndjson", Set.of("JSON")), Map.entry("application/jsonl", Set.of("JSON")),
      Map.entry("application/json-seq", Set.of("JSON")),
      Map.entry("application/xml", XML), Map.entry("text/xml", XML),
      Map.entry("application/nitf+xml", Set.of("NITF")),
      Map.entry("application/vnd.iptc.g2.newsitem+xml", Set.of("NewsML-G2")),
      Map.entry("application/vnd.iptc.g2.newsmessage+xml", Set.of("NewsML-G2")),
      Map.entry("application/rss+xml", Set.of("RSS/Atom")), Map.entry("application/atom+xml", Set.of("RSS/Atom")),
      Map.entry("text/html", Set.of("HTML")), Map.entry("application/xhtml+xml", Set.of("HTML")),
      Map.entry("text/plain", Set.of("wire text")));

  private MediaTypes() {}

  static Set<String> formatsFor(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    String[] parts = contentType.split(";");
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
      if (parameter.startsWith("charset=")) {
        String charset = parameter.substring(8).replace("\"", "").strip();
        if (!charset.equals("utf-8") && !charset.equals("utf8") && !charset.equals("us-ascii")) {
          throw new IllegalArgumentException("charset " + charset + " is not supported; send UTF-8");
        }
      }
    }
    if (type.equals("application/octet-stream")) {
      return null;
    }
    Set<String> formats = TYPES.get(type);
    if (formats == null) {
      throw new IllegalArgumentException("Content-Type " + type + " is not supported; send JSON, ninjs, NITF, "
          + "NewsML-G2, RSS, Atom, HTML or plain text (or no Content-Type to detect the format)");
    }
    return formats;
  }
}
