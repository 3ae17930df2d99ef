package dev.newswire.enrich.link;

import java.util.Objects;
import java.util.Optional;

/**
 * The dictionary index with a user's imported alias table on top: a surface the aliases know takes their
 * title, any other the dictionary's. Closing it closes both.
 */
public final class AliasedKbIndex implements KbIndex {

  private final KbIndex aliases;
  private final KbIndex base;

  public AliasedKbIndex(KbIndex aliases, KbIndex base) {
    this.aliases = Objects.requireNonNull(aliases, "aliases");
    this.base = Objects.requireNonNull(base, "base");
  }

  @Override
  public Optional<KbEntry> lookup(String surface) {
    Optional<KbEntry> alias = aliases.lookup(surface).map(KbEntry::asImported);
    return alias.isPresent() ? alias : base.lookup(surface);
  }

  @Override
  public String indexVersion() {
    return base.indexVersion() + "+" + aliases.indexVersion();
  }

  @Override
  public void close() {
    try {
      aliases.close();
    } finally {
      base.close();
    }
  }
}
