package dev.newswire.app.bench;

import java.util.List;
import java.util.Locale;

/**
 * One goal of issue 7, as a figure of the bench JSON and a bound.
 *
 * @param key the JSON key of the figure
 * @param atLeast true for a lower bound, false for an upper bound
 * @param bound the bound
 */
public record Target(String key, boolean atLeast, double bound) {

  /** The goals: ratios measured within one run, and the heap limit. */
  public static final List<Target> ISSUE_7 = List.of(
      new Target(BenchReport.PIPELINE_ENGINE_RATIO, true, 0.90),
      new Target(BenchReport.THREAD_SCALING_RATIO, true, 1.8),
      new Target(BenchReport.INGEST_PRODUCER_RATIO, true, 0.8),
      new Target(BenchReport.BASELINE_RATIO, true, 10.0),
      new Target(BenchReport.LATENCY_P99_OVER_MEAN_ENRICH, false, 2.0),
      new Target(BenchReport.ENRICH_HEAP_MB, false, 1536.0));

  /** True or false when measured, null when the figure is missing. */
  public Boolean met(double value) {
    if (Double.isNaN(value)) {
      return null;
    }
    return atLeast ? value >= bound : value <= bound;
  }

  /** "≥ 0.9" or "≤ 2". */
  public String describe() {
    return (atLeast ? ">= " : "<= ") + String.format(Locale.ROOT, "%s", bound == Math.rint(bound)
        ? Long.toString((long) bound) : Double.toString(bound));
  }
}
