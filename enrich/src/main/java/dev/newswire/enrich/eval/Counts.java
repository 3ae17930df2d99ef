package dev.newswire.enrich.eval;

/**
 * Match counts of one comparison, and the precision, recall and F1 they give. Each ratio is 0 when
 * its denominator is 0 (nothing predicted, nothing to find), so an empty system scores 0, not NaN.
 */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {

  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }

  public Counts plus(Counts other) {
    return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  /** Gold mentions: found plus missed. */
  public int gold() {
    return truePositives + falseNegatives;
  }

  /** Predicted mentions: right plus wrong. */
  public int predicted() {
    return truePositives + falsePositives;
  }

  public double precision() {
    return ratio(truePositives, predicted());
  }

  public double recall() {
    return ratio(truePositives, gold());
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0.0 : (double) numerator / denominator;
  }
}
