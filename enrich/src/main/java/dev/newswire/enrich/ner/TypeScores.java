package dev.newswire.enrich.ner;

import java.util.Locale;

/**
 * How strongly the taggers hold a mention to be each of the four name types (PERSON, ORGANIZATION,
 * LOCATION, MISC): non-negative weights, normalised to sum to one, or all zero when unknown (a mention
 * no tagger scored, e.g. one the knowledge base added).
 */
public record TypeScores(double person, double organization, double location, double misc) {

  /** No scores: a mention that no tagger weighed. */
  public static final TypeScores NONE = new TypeScores(0, 0, 0, 0);

  static final String[] LABELS = {"PERSON", "ORGANIZATION", "LOCATION", "MISC"};

  public TypeScores {
    if (person < 0 || organization < 0 || location < 0 || misc < 0) {
      throw new IllegalArgumentException("negative type score");
    }
  }

  /** Scores from weights in {@link #LABELS} order, normalised; all zero weights give {@link #NONE}. */
  static TypeScores of(double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    if (sum <= 0) {
      return NONE;
    }
    return new TypeScores(weights[0] / sum, weights[1] / sum, weights[2] / sum, weights[3] / sum);
  }

  /** The score of a label (PERSON, ORGANIZATION, LOCATION, MISC; 0 for any other). */
  public double of(String label) {
    return switch (label.toUpperCase(Locale.ROOT)) {
      case "PERSON" -> person;
      case "ORGANIZATION" -> organization;
      case "LOCATION" -> location;
      case "MISC" -> misc;
      default -> 0.0;
    };
  }

  public boolean isKnown() {
    return person + organization + location + misc > 0;
  }

  /** The highest score (0 when unknown). */
  public double max() {
    return Math.max(Math.max(person, organization), Math.max(location, misc));
  }

  /** The label with the highest score (the first of {@link #LABELS} on a tie); null when unknown. */
  public String best() {
    if (!isKnown()) {
      return null;
    }
    double[] all = {person, organization, location, misc};
    int best = 0;
    for (int i = 1; i < all.length; i++) {
      if (all[i] > all[best]) {
        best = i;
      }
    }
    return LABELS[best];
  }

  double[] toArray() {
    return new double[] {person, organization, location, misc};
  }
}
