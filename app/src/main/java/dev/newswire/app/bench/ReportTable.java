package dev.newswire.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The bench figures as a plain-text table: figure, value, and the target with its verdict. */
public final class ReportTable {

  private ReportTable() {}

  public static List<String> render(BenchResults results) {
    Map<String, Double> figures = BenchReport.figures(results);
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "newswire bench (%s): %d thread(s) on %d core(s), corpus of %d articles "
            + "(mean %.0f words, %.0f tokens), %.0f s, load average %.1f -> %.1f",
        results.settings().quick() ? "quick" : "full", results.settings().threads(),
        Runtime.getRuntime().availableProcessors(), results.corpus().size(), results.corpus().meanWords(),
        results.corpus().meanTokens(), results.elapsedSeconds(), results.loadAverage()[0], results.loadAverage()[1]));
    lines.add(String.format(Locale.ROOT, "%-36s %14s   %-8s %s", "figure", "value", "target", "met"));
    lines.add("-".repeat(68));
    figures.forEach((key, value) -> lines.add(row(key, value)));
    lines.add("Memory figures are the whole bench process: enrich, the embedded broker and the bench's clients.");
    return lines;
  }

  private static String row(String key, double value) {
    Target target = Target.ISSUE_7.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
    String shown = Double.isNaN(value) ? "-" : String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : "%.2f", value);
    if (target == null) {
      return String.format(Locale.ROOT, "%-36s %14s", key, shown);
    }
    Boolean met = target.met(value);
    return String.format(Locale.ROOT, "%-36s %14s   %-8s %s", key, shown, target.describe(),
        met == null ? "not measured" : met ? "yes" : "NO");
  }
}
