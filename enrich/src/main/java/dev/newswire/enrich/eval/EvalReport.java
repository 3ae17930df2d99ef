package dev.newswire.enrich.eval;

import dev.newswire.schemas.EntityType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scores of a whole dev-set run: the per-article scores summed (micro-averaged) and the time
 * enrichment took.
 *
 * @param articles the per-article scores, in dev-set order
 * @param counts mention counts over all articles, exact span and type
 * @param perType the counts by type, every type present
 * @param linking linking accuracy over gold mentions with a kbId found by span
 * @param nil NIL accuracy over gold mentions without a kbId found by span
 * @param enrichTime the time spent enriching, all articles together
 * @param spans mention counts on exact spans, type ignored
 * @param endToEndLinks (span, title) pairs as the AIDA scorer counts them
 * @param linkingByType linking accuracy on found gold-linked spans, by gold type
 */
public record EvalReport(List<ArticleScore> articles, Counts counts, Map<EntityType, Counts> perType,
    Ratio linking, Ratio nil, Duration enrichTime, Counts spans, Counts endToEndLinks,
    Map<EntityType, Ratio> linkingByType) {

  public EvalReport {
    articles = List.copyOf(articles);
    perType = Map.copyOf(perType);
    linkingByType = Map.copyOf(linkingByType);
    Objects.requireNonNull(enrichTime, "enrichTime");
  }

  public static EvalReport of(List<ArticleScore> articles, Duration enrichTime) {
    Counts counts = Counts.ZERO;
    Map<EntityType, Counts> perType = new EnumMap<>(EntityType.class);
    for (EntityType type : EntityType.values()) {
      perType.put(type, Counts.ZERO);
    }
    Ratio linking = Ratio.ZERO;
    Ratio nil = Ratio.ZERO;
    Counts spans = Counts.ZERO;
    Counts endToEnd = Counts.ZERO;
    Map<EntityType, Ratio> linkingByType = new EnumMap<>(EntityType.class);
    for (ArticleScore article : articles) {
      counts = counts.plus(article.counts());
      spans = spans.plus(article.spans());
      endToEnd = endToEnd.plus(article.endToEndLinks());
      article.linkingByType().forEach((type, ratio) -> linkingByType.merge(type, ratio, Ratio::plus));
      for (EntityType type : EntityType.values()) {
        perType.merge(type, article.of(type), Counts::plus);
      }
      linking = linking.plus(article.linking());
      nil = nil.plus(article.nil());
    }
    return new EvalReport(articles, counts, perType, linking, nil, enrichTime, spans, endToEnd, linkingByType);
  }

  /** The counts of one type. */
  public Counts of(EntityType type) {
    return perType.get(type);
  }

  /** Linking accuracy on found gold-linked spans of one gold type (zero when there were none). */
  public Ratio linkingOf(EntityType type) {
    return linkingByType.getOrDefault(type, Ratio.ZERO);
  }

  /** Mean enrichment time per article, in milliseconds; 0 without articles. */
  public double millisPerArticle() {
    return articles.isEmpty() ? 0.0 : enrichTime.toNanos() / 1e6 / articles.size();
  }
}
