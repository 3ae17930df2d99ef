package dev.newswire.enrich.ner;

import dev.newswire.enrich.link.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds names the NER models missed, by asking the knowledge base about runs of capitalised words not
 * covered by any mention. In: one field's original and prepared text, the mentions found so far and
 * the article's {@link KnownNames}. Out: new mentions, labelled with the override's type. Precision
 * comes first, so only two kinds of evidence count:
 * <ul>
 *   <li>the surface is in an override table (curated names: "DPRK", "Russian Federation", "Sputnik");</li>
 *   <li>a single designation token ("Soyuz-2", "Su-57") that the index links with a score of at least
 *       {@link #MIN_DESIGNATION_SCORE}; it is tagged MISC.</li>
 * </ul>
 * A curated span may also take in whole mentions ("Sea of Japan" around "Japan"; the inner one is
 * then dropped). Longest spans win; runs are capitalised words joined by single spaces (with "of" inside), at most
 * {@link #MAX_TOKENS} words. The prepared headline has lost its style capitals, so they start no run.
 */
public final class KbGazetteer {

  static final int MAX_TOKENS = 6;
  static final double MIN_DESIGNATION_SCORE = 0.9;
  /** A sentence-initial article is not part of the name it precedes ("The Kremlin"). */
  private static final Set<String> DETERMINERS = Set.of("The", "A", "An", "THE");

  private KbGazetteer() {}

  public static List<RawMention> find(String field, String original, String prepared, List<RawMention> existing,
      KnownNames names) {
    List<RawMention> found = new ArrayList<>();
    for (List<NameToken> run : runs(prepared)) {
      int i = 0;
      while (i < run.size()) {
        int taken = longestMatch(field, original, run, i, existing, names, found);
        i += Math.max(1, taken);
      }
    }
    return found;
  }

  /** Tries spans starting at {@code from}, longest first; returns how many tokens the match took (0: none). */
  private static int longestMatch(String field, String original, List<NameToken> run, int from,
      List<RawMention> existing, KnownNames names, List<RawMention> found) {
    for (int to = Math.min(run.size(), from + MAX_TOKENS); to > from; to--) {
      NameToken first = run.get(from);
      NameToken last = run.get(to - 1);
      Overlap overlap = overlap(field, first.start(), last.end(), existing);
      if (!first.isCapitalised() || !last.isCapitalised() || overlap == Overlap.CROSSES
          || DETERMINERS.contains(first.text())) {
        continue;
      }
      String surface = original.substring(first.start(), last.end());
      Optional<String> label = labelFor(surface, to - from == 1 ? first : null, names)
          .filter(l -> overlap == Overlap.NONE || names.isCurated(surface));
      if (label.isPresent()) {
        found.add(new RawMention(field, first.start(), last.end(), surface, label.get()));
        return to - from;
      }
    }
    return 0;
  }

  private static Optional<String> labelFor(String surface, NameToken single, KnownNames names) {
    Optional<Link> link = names.link(surface, null);
    if (link.isEmpty()) {
      return Optional.empty();
    }
    if (KnownNames.isCurated(link.get())) {
      return Optional.of(link.get().type() == null ? "MISC" : link.get().type());
    }
    boolean designation = single != null && single.isDesignation();
    return designation && link.get().score() >= MIN_DESIGNATION_SCORE ? Optional.of("MISC") : Optional.empty();
  }

  private enum Overlap { NONE, CONTAINS, CROSSES }

  /** How a span meets the mentions found so far: not at all, only around whole ones, or across one. */
  private static Overlap overlap(String field, int start, int end, List<RawMention> existing) {
    Overlap result = Overlap.NONE;
    for (RawMention m : existing) {
      if (m.field().equals(field) && m.start() < end && start < m.end()) {
        boolean inside = start <= m.start() && m.end() <= end && end - start > m.end() - m.start();
        if (!inside) {
          return Overlap.CROSSES;
        }
        result = Overlap.CONTAINS;
      }
    }
    return result;
  }

  /** Runs of capitalised tokens separated by one space, "of" allowed between two of them. */
  static List<List<NameToken>> runs(String prepared) {
    List<List<NameToken>> runs = new ArrayList<>();
    List<NameToken> run = new ArrayList<>();
    List<NameToken> tokens = NameToken.all(prepared);
    for (int t = 0; t < tokens.size(); t++) {
      NameToken token = tokens.get(t);
      boolean connector = token.text().equals("of") && !run.isEmpty() && t + 1 < tokens.size()
          && tokens.get(t + 1).isCapitalised() && spaced(prepared, token, tokens.get(t + 1));
      boolean joins = (token.isCapitalised() || connector)
          && (run.isEmpty() || spaced(prepared, run.get(run.size() - 1), token));
      if (!joins && !run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
      if (token.isCapitalised()) {
        run.add(token);
      } else if (joins) {
        run.add(token);
      }
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  private static boolean spaced(String text, NameToken left, NameToken right) {
    return right.start() == left.end() + 1 && text.charAt(left.end()) == ' ';
  }
}
