package dev.newswire.enrich.testing;

import dev.newswire.enrich.link.KbEntry;
import dev.newswire.enrich.link.KbIndex;
import dev.newswire.enrich.link.KbOverride;
import dev.newswire.enrich.link.KbOverrides;
import dev.newswire.enrich.link.LayeredLinker;
import dev.newswire.enrich.link.LinkCounts;
import dev.newswire.enrich.link.SurfaceVariants;
import dev.newswire.enrich.ner.KnownNames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small knowledge base for unit tests: curated rows and index entries given by hand, looked up
 * through the real {@link LayeredLinker} and {@link SurfaceVariants}, so tests see the real layering.
 */
public final class FakeKb implements KbIndex {

  private final List<KbOverride> curated = new ArrayList<>();
  private final Map<String, KbEntry> index = new LinkedHashMap<>();
  private final StringBuilder counts = new StringBuilder();

  /** A curated row: surface, title, type and subtype (null when none). */
  public FakeKb curated(String surface, String title, String type, String subtype) {
    curated.add(new KbOverride(surface, title, type, subtype));
    return this;
  }

  /** An index entry: surface, title and score. */
  public FakeKb indexed(String surface, String title, double score) {
    index.put(surface, new KbEntry(title, score));
    return this;
  }

  /** How often annotators linked a surface to a title (null: to no page). */
  public FakeKb counted(String surface, String title, int count) {
    counts.append(surface).append('\t').append(title == null ? "" : title).append('\t').append(count).append('\n');
    return this;
  }

  public KbOverrides overrides() {
    return KbOverrides.of(curated);
  }

  /** A fresh per-article lookup over this knowledge base. */
  public KnownNames names() {
    try {
      LinkCounts table = LinkCounts.read(new ByteArrayInputStream(counts.toString().getBytes(StandardCharsets.UTF_8)));
      return new KnownNames(new LayeredLinker(overrides(), this), table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<KbEntry> lookup(String surface) {
    return SurfaceVariants.firstHit(surface, key -> Optional.ofNullable(index.get(key)));
  }

  @Override
  public String indexVersion() {
    return "fake-kb";
  }

  @Override
  public void close() {
    // nothing to release
  }
}
