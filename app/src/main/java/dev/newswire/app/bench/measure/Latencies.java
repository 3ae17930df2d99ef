package dev.newswire.app.bench.measure;

import java.util.Arrays;

/**
 * Summary of per-article latencies in milliseconds: nearest-rank percentiles and the mean.
 *
 * @param count how many latencies
 */
public record Latencies(int count, double p50, double p95, double p99, double max, double mean) {

  public static Latencies of(long[] millis) {
    if (millis.length == 0) {
      return new Latencies(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new Latencies(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
        sorted[sorted.length - 1], Arrays.stream(sorted).average().orElse(Double.NaN));
  }

  /** Nearest-rank percentile: the smallest value with at least {@code q} of the values at or below it. */
  static double rank(long[] sorted, double q) {
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
