package dev.newswire.enrich.entity;

import dev.newswire.enrich.ner.Names;
import dev.newswire.schemas.EntityType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable entity ids, equal across articles and runs. A linked entity: {@code "kb-"} and the first 16
 * hex digits of SHA-256 over {@code kb:<title>} (a nationality, which shares its country's title, over
 * {@code kb:<title>#NATIONALITY}). An unlinked one: {@code "e-"} and the first 16 hex digits of SHA-256
 * over {@code TYPE:normalised name}.
 */
public final class EntityIds {

  private EntityIds() {}

  public static String of(EntityType type, String name) {
    String key = type.name() + ":" + Names.normalize(name);
    return "e-" + hex16(key);
  }

  /** The id of an entity linked to {@code kbId}; a nationality gets its own id beside its country's. */
  public static String ofKb(String kbId, boolean nationality) {
    String key = "kb:" + kbId + (nationality ? "#NATIONALITY" : "");
    return "kb-" + hex16(key);
  }

  private static String hex16(String key) {
    return HexFormat.of().formatHex(sha256(key.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
