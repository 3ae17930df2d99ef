package dev.newswire.enrich.related;

/** Scores as published: 4 decimals, like salience, so that equal inputs give equal output text. */
final class Scores {

  private Scores() {}

  static double rounded(double score) {
    return Math.round(score * 10_000.0) / 10_000.0;
  }
}
