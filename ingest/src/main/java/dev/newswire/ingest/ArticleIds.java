package dev.newswire.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable ids and content hashes for articles. Inputs must already be NFC-normalised and trimmed
 * (the assembler does that), so the same article always gives the same values.
 *
 * <ul>
 *   <li>{@link #contentHash}: lower-case hex SHA-256 of {@code headline + "\n" + standfirst + "\n" + body}
 *       (a missing standfirst counts as empty), UTF-8.</li>
 *   <li>{@link #articleId}: with a source id, the first 16 bytes (32 hex characters) of SHA-256 over
 *       {@code source + "\u0000" + sourceId} (a missing source counts as empty), so an update of the
 *       same story keeps its id; without one, the first 32 hex characters of the content hash when
 *       the source is unknown, else of SHA-256 over {@code source + "\u0000#" + contentHash}, so that
 *       a copy carried by another source is another article.</li>
 * </ul>
 */
public final class ArticleIds {

  private static final int ID_HEX_CHARS = 32;

  private ArticleIds() {}

  public static String contentHash(String headline, String standfirst, String body) {
    String standfirstText = standfirst == null ? "" : standfirst;
    return sha256Hex(headline + "\n" + standfirstText + "\n" + body);
  }

  public static String articleId(String source, String sourceId, String contentHash) {
    if (sourceId == null || sourceId.isEmpty()) {
      if (source == null || source.isEmpty()) {
        return contentHash.substring(0, ID_HEX_CHARS);
      }
      return sha256Hex(source + "\u0000#" + contentHash).substring(0, ID_HEX_CHARS);
    }
    String sourceText = source == null ? "" : source;
    return sha256Hex(sourceText + "\u0000" + sourceId).substring(0, ID_HEX_CHARS);
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of the text. */
  public static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
