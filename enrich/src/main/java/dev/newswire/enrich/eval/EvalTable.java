package dev.newswire.enrich.eval;

import dev.newswire.schemas.EntityType;
import java.util.Locale;

/**
 * Renders an {@link EvalReport} as plain text: a summary table (overall and per-type precision,
 * recall and F1, linking and NIL accuracy, sizes, time per article) and, on request, every false
 * positive, false negative and linking error per article.
 */
public final class EvalTable {

  private static final String ROW = "%-13s %6s %6s %6s %9s %7s %7s%n";

  private EvalTable() {}

  public static String summary(EvalReport report) {
    return summary(report, true);
  }

  /** The summary; without the linking figures when {@code withLinks} is false (an unlinked baseline). */
  public static String summary(EvalReport report, boolean withLinks) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d articles, %d gold mentions, %d predicted mentions, %.1f ms per article%n%n",
        report.articles().size(), report.counts().gold(), report.counts().predicted(), report.millisPerArticle()));
    out.append(String.format(Locale.ROOT, ROW, "type", "gold", "pred", "tp", "precision", "recall", "f1"));
    out.append(row("ALL", report.counts()));
    for (EntityType type : EntityType.values()) {
      out.append(row(type.name(), report.of(type)));
    }
    out.append(row("spans", report.spans()));
    if (!withLinks) {
      return out.toString();
    }
    out.append(String.format(Locale.ROOT, "%nlinking accuracy  %.3f  (%d/%d gold mentions with a kbId, found by span)%n",
        report.linking().value(), report.linking().correct(), report.linking().total()));
    out.append(String.format(Locale.ROOT, "NIL accuracy      %.3f  (%d/%d gold mentions without a kbId, found by span)%n",
        report.nil().value(), report.nil().correct(), report.nil().total()));
    Counts links = report.endToEndLinks();
    out.append(String.format(Locale.ROOT, "end-to-end links  P %.3f  R %.3f  F1 %.3f  ((span, title) pairs; a link on a gold NIL span is not counted)%n",
        links.precision(), links.recall(), links.f1()));
    StringBuilder byType = new StringBuilder();
    for (EntityType type : EntityType.values()) {
      Ratio ratio = report.linkingOf(type);
      if (ratio.total() > 0) {
        byType.append(String.format(Locale.ROOT, "  %s %.3f (%d/%d)", type.name(), ratio.value(), ratio.correct(), ratio.total()));
      }
    }
    out.append("linking by type  ").append(byType).append(System.lineSeparator());
    return out.toString();
  }

  /** Errors article by article; articles without errors are left out. */
  public static String details(EvalReport report) {
    StringBuilder out = new StringBuilder();
    for (ArticleScore article : report.articles()) {
      if (article.falsePositives().isEmpty() && article.falseNegatives().isEmpty() && article.linkErrors().isEmpty()) {
        continue;
      }
      out.append(article.articleId()).append(String.format(Locale.ROOT, "  (P %.3f, R %.3f, F1 %.3f)%n",
          article.counts().precision(), article.counts().recall(), article.counts().f1()));
      article.falsePositives().forEach(m -> out.append("  FP   ").append(m).append(System.lineSeparator()));
      article.falseNegatives().forEach(m -> out.append("  FN   ").append(m).append(System.lineSeparator()));
      article.linkErrors().forEach(e -> out.append("  LINK ").append(e).append(System.lineSeparator()));
    }
    return out.toString();
  }

  private static String row(String label, Counts counts) {
    return String.format(Locale.ROOT, ROW, label, counts.gold(), counts.predicted(), counts.truePositives(),
        format(counts.precision()), format(counts.recall()), format(counts.f1()));
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
