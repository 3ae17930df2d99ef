package dev.newswire.enrich.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

  public static final String WEIGHTS = "dev/newswire/enrich/ner/types.weights.tsv";

  private final Map<String, double[]> weights;

  LearnedTypes(Map<String, double[]> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The weights shipped with enrich. */
  public static LearnedTypes shipped() {
    try (InputStream in = LearnedTypes.class.getClassLoader().getResourceAsStream(WEIGHTS)) {
      return read(Objects.requireNonNull(in, "missing resource " + WEIGHTS));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + WEIGHTS, e);
    }
  }

  /** Weights in the text format: comment lines start with '#'; else feature TAB four weights. */
  static LearnedTypes read(InputStream in) throws IOException {
    Map<String, double[]> weights = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 1 + CLASSES) {
        throw new IOException("line " + number + " of the type weights: expected a feature and " + CLASSES + " weights");
      }
      double[] w = new double[CLASSES];
      for (int i = 0; i < w.length; i++) {
        w[i] = Double.parseDouble(cols[i + 1]);
      }
      weights.put(cols[0], w);
    }
    if (weights.isEmpty()) {
      throw new IOException("the type weights are empty");
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
