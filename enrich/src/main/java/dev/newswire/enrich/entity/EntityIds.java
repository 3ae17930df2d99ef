package dev.newswire.enrich.entity;

import dev.newswire.enrich.ner.Names;
import dev.newswire.schemas.EntityType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable ids for entities that are not linked to a knowledge base: {@code "e-"} and the first 16 hex
 * digits of SHA-256 over {@code TYPE:normalised name}. The same name and type give the same id in
 * every article and every run.
 */
public final class EntityIds {

  private EntityIds() {}

  public static String of(EntityType type, String name) {
    String key = type.name() + ":" + Names.normalize(name);
    return "e-" + HexFormat.of().formatHex(sha256(key.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
