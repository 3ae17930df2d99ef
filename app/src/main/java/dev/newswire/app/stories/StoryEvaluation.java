package dev.newswire.app.stories;

import dev.newswire.enrich.ArticleEnricher;
import dev.newswire.enrich.eval.stories.Prediction;
import dev.newswire.enrich.eval.stories.StoryScore;
import dev.newswire.enrich.eval.stories.StoryScorer;
import dev.newswire.enrich.eval.stories.StorySet;
import dev.newswire.enrich.eval.stories.TfIdfCosine;
import dev.newswire.schemas.EnrichedArticle;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The story eval: replays a {@link StorySet} through the enrich topology in every {@link ReplayMode}
 * and scores each run's related links, stories, duplicates and related topics; then scores the TF-IDF
 * cosine baseline at {@link #THRESHOLDS} on the same articles. Out: one {@link StoryScore} per run,
 * the replays first. Progress lines (what ran, outputs, dead letters, seconds) go to {@code progress}.
 */
public final class StoryEvaluation {

  /** Cosine thresholds of the TF-IDF baseline. */
  public static final List<Double> THRESHOLDS = List.of(0.10, 0.15, 0.20);

  private final ArticleEnricher enricher;
  private final PrintWriter progress;
  private final BiConsumer<ReplayMode, EnrichedArticle> outputs;

  /** @param outputs sees every run's enriched articles, in arrival order */
  public StoryEvaluation(ArticleEnricher enricher, PrintWriter progress, BiConsumer<ReplayMode, EnrichedArticle> outputs) {
    this.enricher = enricher;
    this.progress = progress;
    this.outputs = outputs;
  }

  public List<StoryScore> run(StorySet set) {
    List<StoryScore> scores = new ArrayList<>();
    StoryReplay replay = new StoryReplay(enricher);
    for (ReplayMode mode : ReplayMode.values()) {
      long started = System.nanoTime();
      StoryReplay.Output output = replay.run(set.articles(), mode);
      progress.printf(Locale.ROOT, "newswire eval: %s: %d enriched, %d dead letters, %.1f s%n", mode.label(),
          output.enriched().size(), output.deadLetters().size(), (System.nanoTime() - started) / 1e9);
      progress.flush();
      Map<String, Prediction> predictions = new LinkedHashMap<>();
      output.enriched().forEach((id, article) -> {
        predictions.put(id, Prediction.of(article));
        outputs.accept(mode, article);
      });
      scores.add(StoryScorer.score(mode.label(), set, predictions));
    }
    TfIdfCosine tfIdf = new TfIdfCosine(set.texts());
    for (double threshold : THRESHOLDS) {
      scores.add(StoryScorer.links(String.format(Locale.ROOT, "tfidf>=%.2f", threshold), set, tfIdf.links(threshold)));
    }
    return scores;
  }
}
