package dev.newswire.enrich.eval.stories;

import dev.newswire.enrich.eval.EvalJson;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The story eval as a JSON-ready tree: {@code articles}, {@code gold} (pair and story counts) and
 * {@code runs}, run name to {@code related} and {@code duplicates} (precision, recall, f1, tp,
 * predicted, gold), {@code related_recall_within_7_days}, {@code stories} (b-cubed precision, recall,
 * f1 and whether the story ids were explicit), {@code topics} and {@code outputs}.
 */
public final class StoryJson {

  private StoryJson() {}

  public static Map<String, Object> of(StorySet set, List<StoryScore> runs) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("articles", set.ids().size());
    Map<String, Object> gold = new LinkedHashMap<>();
    gold.put("related_pairs", set.goldRelatedPairs().size());
    gold.put("related_pairs_within_7_days", set.goldRelatedPairsWithin(StoryScorer.NEAR).size());
    gold.put("stories", new HashSet<>(set.goldStories().values()).size());
    gold.put("duplicate_pairs", set.goldDuplicatePairs().size());
    gold.put("articles_with_related_topics", set.withRelatedTopics().size());
    json.put("gold", gold);
    Map<String, Object> byRun = new LinkedHashMap<>();
    runs.forEach(run -> byRun.put(run.run(), of(run)));
    json.put("runs", byRun);
    return json;
  }

  private static Map<String, Object> of(StoryScore run) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("related", EvalJson.counts(run.related()));
    json.put("related_recall_within_7_days", run.nearRecall().value());
    Map<String, Object> stories = new LinkedHashMap<>();
    stories.put("precision", run.stories().precision());
    stories.put("recall", run.stories().recall());
    stories.put("f1", run.stories().f1());
    stories.put("from", run.explicitStories() ? "story ids" : "components of related links");
    json.put("stories_bcubed", stories);
    json.put("duplicates", run.duplicates() == null ? null : EvalJson.counts(run.duplicates()));
    if (run.topics() != null) {
      Map<String, Object> topics = new LinkedHashMap<>();
      topics.put("gold", run.topics().gold());
      topics.put("hits", run.topics().hits());
      topics.put("hits_learned", run.topics().learnedHits());
      topics.put("articles", run.topics().articles());
      topics.put("articles_hit", run.topics().articlesHit());
      json.put("related_topics", topics);
    } else {
      json.put("related_topics", null);
    }
    json.put("outputs", run.outputs());
    return json;
  }
}
