package dev.newswire.enrich.eval.stories;

import dev.newswire.enrich.eval.Ratio;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the output of one run over a {@link StorySet}: related pairs (a link in either direction
 * finds the pair), story B-cubed (from explicit story ids when every output has one, else from the
 * connected components of the related links; an article without output is a story of its own),
 * duplicate pairs and related-topic hits. Also scores a baseline that gives only links.
 */
public final class StoryScorer {

  /** The related-links step's default window: gold pairs this close are the ones it can reach. */
  public static final Duration NEAR = Duration.ofDays(7);

  private StoryScorer() {}

  public static StoryScore score(String run, StorySet set, Map<String, Prediction> predictions) {
    Set<Pair> links = new LinkedHashSet<>();
    Set<Pair> duplicates = new LinkedHashSet<>();
    TopicHits topics = TopicHits.ZERO;
    for (Prediction prediction : predictions.values()) {
      add(links, prediction.id(), prediction.related());
      add(duplicates, prediction.id(), prediction.duplicates());
    }
    for (String id : set.ids()) {
      Prediction prediction = predictions.get(id);
      topics = topics.plus(hits(set.labels().get(id).relatedTopics(),
          prediction == null ? List.of() : prediction.topics()));
    }
    boolean explicit = !predictions.isEmpty()
        && predictions.values().stream().allMatch(prediction -> prediction.storyId() != null);
    Map<String, String> stories = explicit ? explicitStories(set, predictions) : Components.of(set.ids(), links);
    return new StoryScore(run, Pair.score(links, set.goldRelatedPairs()), nearRecall(set, links),
        BCubed.score(stories, set.goldStories()), explicit, Pair.score(duplicates, set.goldDuplicatePairs()),
        topics, predictions.size());
  }

  /** A run that gives only related links (the TF-IDF baseline): no duplicates, no topics. */
  public static StoryScore links(String run, StorySet set, Collection<Pair> links) {
    return new StoryScore(run, Pair.score(links, set.goldRelatedPairs()), nearRecall(set, links),
        BCubed.score(Components.of(set.ids(), links), set.goldStories()), false, null, null, set.ids().size());
  }

  /** Gold names found among {@code topics}, for one article. */
  static TopicHits hits(List<String> gold, List<Prediction.Topic> topics) {
    int hits = 0;
    int learned = 0;
    for (String name : gold) {
      String wanted = normalised(name);
      boolean any = false;
      boolean fromStream = false;
      for (Prediction.Topic topic : topics) {
        if (wanted.equals(normalised(topic.label())) || (topic.title() != null && wanted.equals(normalised(topic.title())))) {
          any = true;
          fromStream |= topic.learned();
        }
      }
      hits += any ? 1 : 0;
      learned += fromStream ? 1 : 0;
    }
    return new TopicHits(gold.size(), hits, learned, gold.isEmpty() ? 0 : 1, hits > 0 ? 1 : 0);
  }

  private static String normalised(String name) {
    return name.replace('_', ' ').strip().toLowerCase(Locale.ROOT);
  }

  private static void add(Set<Pair> pairs, String id, List<String> others) {
    for (String other : others) {
      if (!other.equals(id)) {
        pairs.add(Pair.of(id, other));
      }
    }
  }

  private static Map<String, String> explicitStories(StorySet set, Map<String, Prediction> predictions) {
    Map<String, String> stories = new HashMap<>();
    for (String id : set.ids()) {
      Prediction prediction = predictions.get(id);
      stories.put(id, prediction == null ? "\u0000" + id : prediction.storyId());
    }
    return stories;
  }

  private static Ratio nearRecall(StorySet set, Collection<Pair> links) {
    Set<Pair> near = set.goldRelatedPairsWithin(NEAR);
    Set<Pair> found = new LinkedHashSet<>(links);
    found.retainAll(near);
    return new Ratio(found.size(), near.size());
  }
}
