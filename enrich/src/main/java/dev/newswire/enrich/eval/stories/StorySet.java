package dev.newswire.enrich.eval.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story stream: articles in publication order and their labels (one per article). Gold, derived
 * from the labels: stories (a standalone piece is a story of its own), related pairs (two articles of
 * one story; a duplicate is in its original's story, so it is one of these too) and duplicate pairs.
 */
public record StorySet(List<StoryArticle> articles, Map<String, StoryLabel> labels) {

  public StorySet {
    articles = List.copyOf(articles);
    labels = Map.copyOf(labels);
    for (StoryArticle article : articles) {
      if (!labels.containsKey(article.id())) {
        throw new IllegalArgumentException("no label for " + article.id());
      }
    }
    if (labels.size() != articles.size()) {
      throw new IllegalArgumentException(labels.size() + " labels for " + articles.size() + " articles");
    }
  }

  public List<String> ids() {
    return articles.stream().map(StoryArticle::id).toList();
  }

  /** Article id to gold story: the story label, or the article's own id for a standalone piece. */
  public Map<String, String> goldStories() {
    Map<String, String> stories = new LinkedHashMap<>();
    for (String id : ids()) {
      String story = labels.get(id).story();
      stories.put(id, story == null ? id : story);
    }
    return stories;
  }

  /** Every pair of articles with the same non-null story, and every (duplicate, original) pair. */
  public Set<Pair> goldRelatedPairs() {
    List<String> ids = ids();
    Set<Pair> pairs = new LinkedHashSet<>();
    for (int later = 1; later < ids.size(); later++) {
      String story = labels.get(ids.get(later)).story();
      for (int earlier = 0; earlier < later && story != null; earlier++) {
        if (story.equals(labels.get(ids.get(earlier)).story())) {
          pairs.add(Pair.of(ids.get(later), ids.get(earlier)));
        }
      }
    }
    pairs.addAll(goldDuplicatePairs());
    return pairs;
  }

  /** The gold related pairs published at most {@code gap} apart. */
  public Set<Pair> goldRelatedPairsWithin(Duration gap) {
    Map<String, Instant> published = new LinkedHashMap<>();
    articles.forEach(article -> published.put(article.id(), article.publishedAt()));
    Set<Pair> near = new LinkedHashSet<>();
    for (Pair pair : goldRelatedPairs()) {
      Duration apart = Duration.between(published.get(pair.first()), published.get(pair.second())).abs();
      if (apart.compareTo(gap) <= 0) {
        near.add(pair);
      }
    }
    return near;
  }

  /** Every (duplicate, original) pair. */
  public Set<Pair> goldDuplicatePairs() {
    Set<Pair> pairs = new LinkedHashSet<>();
    for (String id : ids()) {
      String original = labels.get(id).duplicateOf();
      if (original != null) {
        pairs.add(Pair.of(id, original));
      }
    }
    return pairs;
  }

  /** Article id to text (headline and body), in publication order, for the TF-IDF baseline. */
  public Map<String, String> texts() {
    Map<String, String> texts = new LinkedHashMap<>();
    articles.forEach(article -> texts.put(article.id(), article.text()));
    return texts;
  }

  /** Articles with at least one gold related topic. */
  public List<String> withRelatedTopics() {
    List<String> ids = new ArrayList<>();
    for (String id : ids()) {
      if (!labels.get(id).relatedTopics().isEmpty()) {
        ids.add(id);
      }
    }
    return ids;
  }
}
