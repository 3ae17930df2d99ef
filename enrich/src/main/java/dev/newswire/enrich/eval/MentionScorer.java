package dev.newswire.enrich.eval;

import dev.newswire.schemas.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores one article: gold mentions and predicted mentions in, an {@link ArticleScore} out. A
 * predicted mention is right when a gold mention has the same field, offsets and type; when the
 * enricher reports the same span twice, the first is matched and the rest are false positives. Links
 * are judged by {@link LinkScorer}, on span alone.
 */
public final class MentionScorer {

  private MentionScorer() {}

  public static ArticleScore score(String articleId, List<GoldMention> gold, List<PredictedMention> predicted) {
    Map<Span, PredictedMention> bySpan = new HashMap<>();
    List<PredictedMention> falsePositives = new ArrayList<>();
    for (PredictedMention mention : predicted) {
      if (bySpan.putIfAbsent(Span.of(mention), mention) != null) {
        falsePositives.add(mention);
      }
    }
    Tally tally = new Tally();
    for (PredictedMention duplicate : falsePositives) {
      tally.add(duplicate.type(), new Counts(0, 1, 0));
    }
    List<GoldMention> falseNegatives = new ArrayList<>();
    for (GoldMention g : gold) {
      PredictedMention p = bySpan.remove(Span.of(g));
      if (p == null) {
        falseNegatives.add(g);
        tally.add(g.type(), new Counts(0, 0, 1));
        continue;
      }
      if (p.type() == g.type()) {
        tally.add(g.type(), new Counts(1, 0, 0));
      } else {
        falseNegatives.add(g);
        falsePositives.add(p);
        tally.add(g.type(), new Counts(0, 0, 1));
        tally.add(p.type(), new Counts(0, 1, 0));
      }
    }
    for (PredictedMention unmatched : bySpan.values()) {
      falsePositives.add(unmatched);
      tally.add(unmatched.type(), new Counts(0, 1, 0));
    }
    falsePositives.sort(Comparator.comparing(PredictedMention::field)
        .thenComparingInt(PredictedMention::start));
    LinkScorer.LinkScore links = LinkScorer.score(gold, predicted);
    return new ArticleScore(articleId, tally.total, tally.perType, links.linking(), links.nil(), falsePositives,
        falseNegatives, links.errors(), spanCounts(gold, predicted), links.endToEnd(), links.accuracyByType());
  }

  /** Distinct spans, type ignored: found, predicted but not gold, gold but not predicted. */
  private static Counts spanCounts(List<GoldMention> gold, List<PredictedMention> predicted) {
    Set<Span> goldSpans = new HashSet<>();
    gold.forEach(g -> goldSpans.add(Span.of(g)));
    Set<Span> predictedSpans = new HashSet<>();
    predicted.forEach(p -> predictedSpans.add(Span.of(p)));
    int found = 0;
    for (Span span : predictedSpans) {
      found += goldSpans.contains(span) ? 1 : 0;
    }
    return new Counts(found, predictedSpans.size() - found, goldSpans.size() - found);
  }

  private record Span(String field, int start, int end) {
    static Span of(GoldMention m) {
      return new Span(m.field(), m.start(), m.end());
    }

    static Span of(PredictedMention m) {
      return new Span(m.field(), m.start(), m.end());
    }
  }

  private static final class Tally {
    private Counts total = Counts.ZERO;
    private final Map<EntityType, Counts> perType = new EnumMap<>(EntityType.class);

    void add(EntityType type, Counts counts) {
      total = total.plus(counts);
      perType.merge(type, counts, Counts::plus);
    }
  }
}
