package dev.newswire.enrich.eval;

/** An accuracy: how many of {@code total} cases were right; 0 when there were none. */
public record Ratio(int correct, int total) {

  public static final Ratio ZERO = new Ratio(0, 0);

  public Ratio {
    if (correct < 0 || total < correct) {
      throw new IllegalArgumentException("bad ratio " + correct + "/" + total);
    }
  }

  public Ratio plus(Ratio other) {
    return new Ratio(correct + other.correct, total + other.total);
  }

  public double value() {
    return total == 0 ? 0.0 : (double) correct / total;
  }
}
