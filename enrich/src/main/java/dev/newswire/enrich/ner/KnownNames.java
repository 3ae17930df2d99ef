package dev.newswire.enrich.ner;

import dev.newswire.enrich.link.EntityLinker;
import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.link.LinkCounts;
import dev.newswire.enrich.text.TextPreparer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the knowledge base knows about surfaces, for one article: an {@link EntityLinker} behind a
 * per-article memo (articles repeat their names). In: a surface and optionally a NER type. Out: the
 * link, or whether the surface is a known name ("known": curated, or in the index with a fair score)
 * or a curated one (an override layer answered). Not thread-safe: create one per article.
 */
public final class KnownNames {

  /** Index links below this share of anchors are too ambiguous to act on. */
  public static final double MIN_INDEX_SCORE = 0.5;

  private final EntityLinker linker;
  private final LinkCounts counts;
  private final Map<String, Optional<Link>> memo = new HashMap<>();

  public KnownNames(EntityLinker linker) {
    this(linker, LinkCounts.none());
  }

  /** Also knows how annotators linked names in newswire. */
  public KnownNames(EntityLinker linker, LinkCounts counts) {
    this.linker = Objects.requireNonNull(linker, "linker");
    this.counts = Objects.requireNonNull(counts, "counts");
  }

  /** The types of the mentions annotators linked to {@code title}, if they linked any. */
  public Optional<LinkCounts.TitleVotes> titleVotes(String title) {
    return counts.votes(title);
  }

  /** How often annotators linked {@code surface} to each title ("" for no page); empty if never met. */
  public Map<String, Integer> countedTitles(String surface) {
    return counts.distribution(surface);
  }

  /** Knows no names at all. */
  public static KnownNames none() {
    return new KnownNames(NoLinker.INSTANCE);
  }

  /** The linker's answer for {@code surface} tagged {@code nerType} (null when untyped). */
  public Optional<Link> link(String surface, String nerType) {
    return memo.computeIfAbsent(surface + '\u0000' + nerType, k -> linker.link(surface, nerType));
  }

  /** Curated, or in the index with at least {@link #MIN_INDEX_SCORE}. */
  public boolean isKnown(String surface) {
    return link(surface, null).filter(l -> isCurated(l) || l.score() >= MIN_INDEX_SCORE).isPresent();
  }

  /** Answered by an override layer (live or curated). */
  public boolean isCurated(String surface) {
    return link(surface, null).filter(KnownNames::isCurated).isPresent();
  }

  public static boolean isCurated(Link link) {
    return link.origin() == Link.Origin.LIVE_OVERRIDE || link.origin() == Link.Origin.CURATED_OVERRIDE;
  }

  /** A text preparer that asks this lookup. */
  public TextPreparer preparer() {
    return new TextPreparer(this::isKnown, this::isCurated);
  }

  private enum NoLinker implements EntityLinker {
    INSTANCE;

    @Override
    public Optional<Link> link(String surface, String nerType) {
      return Optional.empty();
    }

    @Override
    public String indexVersion() {
      return "none";
    }
  }
}
