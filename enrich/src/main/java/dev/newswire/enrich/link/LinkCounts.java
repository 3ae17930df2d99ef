package dev.newswire.enrich.link;

import dev.newswire.enrich.internal.TsvRows;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How annotators linked names in newswire. In: a surface exactly as written, or a title. Out: how often
 * they linked the surface to each title or found no page ("NIL", the empty title), empty for a surface
 * never annotated; and for a title, the types of the mentions they linked to it. The shipped table ({@link #SHIPPED}) is
 * derived from the AIDA CoNLL-YAGO links of the CoNLL-2003 training set (CC BY 3.0; see its header).
 */
public final class LinkCounts {

  public static final String SHIPPED = "dev/newswire/enrich/link/aida-train-links.tsv";
  /** The types of the mentions annotators linked to each title. */
  public static final String SHIPPED_TITLES = "dev/newswire/enrich/link/aida-train-titles.tsv";
  private static final String WHAT = "link counts";
  private static final String WHAT_TITLES = "title types";

  /** How many of the mentions linked to a title were of each type: PER, ORG, LOC, MISC. */
  public record TitleVotes(int person, int organization, int location, int misc) {
    /** Most of the mentions linked to it were people. */
    public boolean isPerson() {
      return 2 * person > person + organization + location + misc;
    }

    /** None of them was a person. */
    public boolean isNeverPerson() {
      return person == 0 && organization + location + misc > 0;
    }

    /**
     * An entity of {@code type} linked to this title disagrees with the annotators on being a person: a
     * PERSON linked to a title no person was linked to, or an ORGANIZATION or LOCATION linked to a title
     * mostly people were linked to. MISC never disagrees.
     */
    public boolean contradicts(String type) {
      return switch (type) {
        case "PERSON" -> isNeverPerson();
        case "ORGANIZATION", "LOCATION" -> isPerson();
        default -> false;
      };
    }
  }

  private final Map<String, Map<String, Integer>> counts;
  private final Map<String, TitleVotes> titles;

  private LinkCounts(Map<String, Map<String, Integer>> counts, Map<String, TitleVotes> titles) {
    Map<String, Map<String, Integer>> copy = new HashMap<>();
    counts.forEach((surface, byTitle) -> {
      if (!byTitle.isEmpty()) {
        copy.put(surface, Map.copyOf(byTitle));
      }
    });
    this.counts = Map.copyOf(copy);
    this.titles = Map.copyOf(titles);
  }

  /** No counts at all. */
  public static LinkCounts none() {
    return new LinkCounts(Map.of(), Map.of());
  }

  /**
   * Counts given directly: surface to (title, or "" for no page) to count, and title to the types of its
   * mentions. Used to fit models on counts that leave an article's own links out.
   */
  public static LinkCounts of(Map<String, Map<String, Integer>> counts, Map<String, TitleVotes> titles) {
    return new LinkCounts(counts, titles);
  }

  /** Every title's votes. */
  public Map<String, TitleVotes> allVotes() {
    return titles;
  }

  /** Every surface's counts: surface to (title, or "" for no page) to count. */
  public Map<String, Map<String, Integer>> all() {
    return counts;
  }

  /** How often annotators linked {@code surface} to each title ("" for no page); empty if never met. */
  public Map<String, Integer> distribution(String surface) {
    return counts.getOrDefault(surface, Map.of());
  }

  /** The tables shipped with enrich. */
  public static LinkCounts shipped() {
    try {
      return of(TsvRows.resource(SHIPPED, WHAT, 3), TsvRows.resource(SHIPPED_TITLES, WHAT_TITLES, 5));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the link counts", e);
    }
  }

  /** Surface counts only. */
  public static LinkCounts read(InputStream in) throws IOException {
    return read(in, InputStream.nullInputStream());
  }

  /**
   * Rows "surface TAB title (empty for none) TAB count" in {@code in}, "title TAB PER TAB ORG TAB LOC TAB
   * MISC" in {@code types}; lines starting with '#' are comments.
   */
  public static LinkCounts read(InputStream in, InputStream types) throws IOException {
    return of(TsvRows.read(in, WHAT, 3), TsvRows.read(types, WHAT_TITLES, 5));
  }

  private static LinkCounts of(List<TsvRows.Row> surfaceRows, List<TsvRows.Row> titleRows) throws IOException {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (TsvRows.Row row : surfaceRows) {
      if (row.column(0).isBlank()) {
        throw row.error(WHAT, "expected surface, title, count");
      }
      int count = Integer.parseInt(row.column(2));
      if (count <= 0) {
        throw row.error(WHAT, "count must be positive");
      }
      counts.computeIfAbsent(row.column(0), k -> new HashMap<>()).merge(row.column(1), count, Integer::sum);
    }
    Map<String, TitleVotes> votes = new HashMap<>();
    for (TsvRows.Row row : titleRows) {
      if (row.column(0).isBlank()) {
        throw row.error(WHAT_TITLES, "expected title and 4 counts");
      }
      votes.put(row.column(0), new TitleVotes(Integer.parseInt(row.column(1)), Integer.parseInt(row.column(2)),
          Integer.parseInt(row.column(3)), Integer.parseInt(row.column(4))));
    }
    return new LinkCounts(counts, votes);
  }

  /** The types of the mentions annotators linked to {@code title}, if they linked any. */
  public Optional<TitleVotes> votes(String title) {
    return Optional.ofNullable(titles.get(title));
  }

  /** How many surfaces annotators met. */
  public int size() {
    return counts.size();
  }
}
