package dev.newswire.enrich.entity;

import dev.newswire.enrich.internal.TsvRows;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses a mention group's link among its {@link LinkCandidates}, "no page" included. In: the
 * candidates with their features. Out: the candidate with the highest linear score. The weights are a
 * softmax over each group's candidates fitted on the CoNLL-2003 training set's AIDA links ({@code
 * eval/links-model/TrainLinks.java}), with link counts that leave the article's own links out; they ship
 * as a text file ({@link #WEIGHTS}).
 */
public final class LinkRanker {

  public static final String WEIGHTS = "dev/newswire/enrich/entity/link-ranker.weights.tsv";
  private static final String WHAT = "link ranker weights";

  private final Map<String, Double> weights;

  private LinkRanker(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /**
   * No weights: every candidate scores alike and the first is taken (the curated row or the index title,
   * else the title annotators gave the name most often, else no page).
   */
  public static LinkRanker none() {
    return new LinkRanker(Map.of());
  }

  /** The weights shipped with enrich. */
  public static LinkRanker shipped() {
    try {
      return of(TsvRows.resource(WEIGHTS, WHAT, 2));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + WHAT, e);
    }
  }

  /** Rows "feature TAB weight"; lines starting with '#' are comments. */
  public static LinkRanker read(InputStream in) throws IOException {
    return of(TsvRows.read(in, WHAT, 2));
  }

  private static LinkRanker of(List<TsvRows.Row> rows) throws IOException {
    Map<String, Double> weights = new HashMap<>();
    for (TsvRows.Row row : rows) {
      try {
        weights.put(row.column(0), Double.parseDouble(row.column(1)));
      } catch (NumberFormatException e) {
        throw row.error(WHAT, "not a number: " + row.column(1));
      }
    }
    return new LinkRanker(weights);
  }

  public double score(LinkCandidate candidate) {
    double sum = 0;
    for (Map.Entry<String, Double> f : candidate.features().entrySet()) {
      Double w = weights.get(f.getKey());
      if (w != null) {
        sum += w * f.getValue();
      }
    }
    return sum;
  }

  /** The best-scoring candidate; on a tie the earlier one. */
  public Optional<LinkCandidate> best(List<LinkCandidate> candidates) {
    LinkCandidate best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (LinkCandidate c : candidates) {
      double s = score(c);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    return Optional.ofNullable(best);
  }
}
