package dev.newswire.enrich.ner;

import dev.newswire.enrich.internal.TsvRows;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A learned second stage over the taggers: a multinomial logistic regression over {@link TypeFeatures}
 * gives each scored mention its type. In: an article's mentions. Out: the same mentions, relabelled where
 * the model's best type differs. Mentions no tagger scored (added from the knowledge base) keep theirs.
 *
 * <p>The weights are a text file ({@link #WEIGHTS}: a feature per line, then its weight for each of
 * PERSON, ORGANIZATION, LOCATION, MISC), fitted on the CoNLL-2003 training set against the out-of-fold
 * outputs of CRFs that did not see the article (how: {@code eval/ner-model/README.md}). Features the file
 * does not name weigh nothing.
 */
public final class LearnedTypes implements MentionTyper {

  static final int CLASSES = TypeScores.LABELS.length;
  private static final String WHAT = "type weights";

  public static final String WEIGHTS = "dev/newswire/enrich/ner/types.weights.tsv";

  private final Map<String, double[]> weights;

  LearnedTypes(Map<String, double[]> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The weights shipped with enrich. */
  public static LearnedTypes shipped() {
    try {
      return of(TsvRows.resource(WEIGHTS, WHAT, 1 + CLASSES));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + WEIGHTS, e);
    }
  }

  /** Weights in the text format: comment lines start with '#'; else feature TAB four weights. */
  static LearnedTypes read(InputStream in) throws IOException {
    return of(TsvRows.read(in, WHAT, 1 + CLASSES));
  }

  private static LearnedTypes of(List<TsvRows.Row> rows) throws IOException {
    Map<String, double[]> weights = new HashMap<>();
    for (TsvRows.Row row : rows) {
      double[] w = new double[CLASSES];
      for (int i = 0; i < w.length; i++) {
        w[i] = Double.parseDouble(row.column(i + 1));
      }
      weights.put(row.column(0), w);
    }
    if (weights.isEmpty()) {
      throw new IOException("the " + WHAT + " are empty");
    }
    return new LearnedTypes(weights);
  }

  @Override
  public List<RawMention> type(List<RawMention> mentions, ArticleText text, KnownNames names) {
    TypeFeatures features = TypeFeatures.of(mentions, text, names);
    List<RawMention> out = new ArrayList<>(mentions.size());
    for (RawMention mention : mentions) {
      if (!mention.scores().isKnown()) {
        out.add(mention);
        continue;
      }
      String best = TypeScores.LABELS[argmax(score(features.of(mention)))];
      out.add(best.equals(mention.label()) ? mention : mention.withLabel(best));
    }
    return out;
  }

  /** Each type's linear score for the features. */
  double[] score(Map<String, Double> features) {
    double[] sum = new double[CLASSES];
    features.forEach((name, value) -> {
      double[] w = weights.get(name);
      if (w != null) {
        for (int i = 0; i < sum.length; i++) {
          sum[i] += w[i] * value;
        }
      }
    });
    return sum;
  }

  private static int argmax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
