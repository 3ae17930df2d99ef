package dev.newswire.enrich.eval;

import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.NewsArticle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs an enricher over dev-set articles and scores it. In: the articles and the enrichment
 * function (an {@code ArticleEnricher::enrich} in production, a fake in tests). Out: an
 * {@link EvalReport}; the clock times the enrichment calls only, not the scoring.
 */
public final class DevSetEvaluation {

  private final Function<NewsArticle, EnrichedArticle> enricher;
  private final Clock clock;

  public DevSetEvaluation(Function<NewsArticle, EnrichedArticle> enricher, Clock clock) {
    this.enricher = Objects.requireNonNull(enricher, "enricher");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public EvalReport run(List<DevArticle> articles) {
    List<ArticleScore> scores = new ArrayList<>(articles.size());
    Duration spent = Duration.ZERO;
    for (DevArticle article : articles) {
      Instant started = clock.instant();
      EnrichedArticle enriched = enricher.apply(article.toNewsArticle(started));
      spent = spent.plus(Duration.between(started, clock.instant()));
      scores.add(MentionScorer.score(article.id(), article.gold(), Predictions.of(enriched)));
    }
    return EvalReport.of(scores, spent);
  }
}
