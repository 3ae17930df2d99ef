package dev.newswire.enrich.related;

import dev.newswire.schemas.Story;
import dev.newswire.schemas.StoryEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the story window keeps of one story: its first headline and times, its articles in the window
 * (in the order they joined, the latest {@link #MAX_ARTICLE_IDS}) and how many of them name each
 * entity among their salient ones (the {@link #MAX_ENTITIES} most named). Immutable.
 *
 * @param firstSeen event time of its first article, epoch millis
 * @param lastSeen event time of its latest article, epoch millis
 * @param articleCount its articles in the window
 */
record StoryState(String id, String headline, long firstSeen, long lastSeen, int articleCount,
    List<String> articleIds, Map<String, Named> entities) {

  static final int MAX_ARTICLE_IDS = 100;
  static final int MAX_ENTITIES = 50;
  static final int TOP_ENTITIES = 10;

  /** An entity of the story: its name and link as the latest article gave them, and its article count. */
  record Named(String name, String kbId, int articles) {}

  /** An entity of a joining article, for {@link #joined}. */
  record Mention(String id, String name, String kbId) {}

  StoryState {
    articleIds = List.copyOf(articleIds);
    entities = Map.copyOf(entities);
  }

  /** The story after {@code article} (event time {@code eventTime}, salient {@code mentions}) joined it; {@code story} may be null. */
  static StoryState joined(StoryState story, String storyId, String articleId, String headline, long eventTime,
      List<Mention> mentions) {
    if (story == null) {
      story = new StoryState(storyId, headline, eventTime, eventTime, 0, List.of(), Map.of());
    }
    List<String> ids = new ArrayList<>(story.articleIds());
    ids.remove(articleId);
    ids.add(articleId);
    if (ids.size() > MAX_ARTICLE_IDS) {
      ids = ids.subList(ids.size() - MAX_ARTICLE_IDS, ids.size());
    }
    Map<String, Named> entities = new LinkedHashMap<>(story.entities());
    for (Mention mention : mentions) {
      Named before = entities.get(mention.id());
      entities.put(mention.id(), new Named(mention.name(), mention.kbId(), before == null ? 1 : before.articles() + 1));
    }
    return new StoryState(story.id(), story.headline(), Math.min(story.firstSeen(), eventTime),
        Math.max(story.lastSeen(), eventTime), story.articleCount() + 1, ids, mostNamed(entities, MAX_ENTITIES));
  }

  /** The story after the article left the window; null when it was the last. */
  StoryState left(String articleId, List<String> entityIds) {
    if (articleCount <= 1) {
      return null;
    }
    List<String> ids = new ArrayList<>(articleIds);
    ids.remove(articleId);
    Map<String, Named> left = new LinkedHashMap<>(entities);
    for (String entityId : entityIds) {
      Named before = left.get(entityId);
      if (before != null && before.articles() <= 1) {
        left.remove(entityId);
      } else if (before != null) {
        left.put(entityId, new Named(before.name(), before.kbId(), before.articles() - 1));
      }
    }
    return new StoryState(id, headline, firstSeen, lastSeen, articleCount - 1, ids, left);
  }

  /** The summary downstream reads on {@code news.stories}. */
  Story summary(Instant updatedAt) {
    List<StoryEntity> top = mostNamed(entities, TOP_ENTITIES).entrySet().stream()
        .map(e -> StoryEntity.newBuilder().setId(e.getKey()).setName(e.getValue().name())
            .setKbId(e.getValue().kbId()).setArticles(e.getValue().articles()).build())
        .toList();
    return Story.newBuilder()
        .setId(id)
        .setHeadline(headline)
        .setFirstSeen(Instant.ofEpochMilli(firstSeen))
        .setLastSeen(Instant.ofEpochMilli(lastSeen))
        .setArticleCount(articleCount)
        .setArticleIds(articleIds)
        .setTopEntities(top)
        .setUpdatedAt(updatedAt)
        .build();
  }

  /** The {@code max} entities named by most articles (ties by id), most first. */
  private static Map<String, Named> mostNamed(Map<String, Named> entities, int max) {
    Map<String, Named> kept = new LinkedHashMap<>();
    entities.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, Named> e) -> e.getValue().articles()).reversed()
            .thenComparing(Map.Entry::getKey))
        .limit(max)
        .forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }
}
