package dev.newswire.enrich.link;

import java.util.Optional;

/** An index that knows no surface: linking by overrides only (tests, {@code newswire eval --no-kb}). */
public enum EmptyKbIndex implements KbIndex {
  INSTANCE;

  @Override
  public Optional<KbEntry> lookup(String surface) {
    return Optional.empty();
  }

  @Override
  public String indexVersion() {
    return "none";
  }

  @Override
  public void close() {
    // nothing to release
  }
}
