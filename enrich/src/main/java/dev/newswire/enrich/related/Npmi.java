package dev.newswire.enrich.related;

/**
 * Association of two entities over the articles of the window: normalised pointwise mutual
 * information,
 * <pre>
 *   npmi(a, b) = ln( p(a,b) / (p(a) p(b)) ) / -ln p(a,b),   p(x) = articles mentioning x / articles
 * </pre>
 * in [-1, 1]: 1 when a and b only ever appear together, 0 when independent. An entity in most
 * articles (the United States) is close to independent of everything, so it scores near 0 however
 * often it co-occurs. PMI overrates pairs seen once, so callers require a minimum count first.
 */
final class Npmi {

  private Npmi() {}

  /**
   * @param together articles that mention both
   * @param dfA articles that mention a
   * @param dfB articles that mention b
   * @param articles articles in the window
   */
  static double of(long together, long dfA, long dfB, long articles) {
    if (together <= 0 || articles <= 0) {
      return -1.0;
    }
    double n = Math.max(articles, Math.max(together, Math.max(dfA, dfB)));
    double pab = together / n;
    if (pab >= 1.0) {
      return 1.0;
    }
    double pa = Math.max(dfA, together) / n;
    double pb = Math.max(dfB, together) / n;
    double npmi = Math.log(pab / (pa * pb)) / -Math.log(pab);
    return Math.max(-1.0, Math.min(1.0, npmi));
  }
}
