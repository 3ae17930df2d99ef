package dev.newswire.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.app.e2e.StoryRun.Story;
import dev.newswire.app.testing.EmbeddedKafkaExtension;
import dev.newswire.app.testing.LoadedModels;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.EntityProfile;
import dev.newswire.schemas.RelatedArticle;
import dev.newswire.schemas.TopicKind;
import dev.newswire.schemas.TopicLink;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related-topic links on a real broker: four stories of three articles each (and a syndicated
 * re-post) go through enrich one at a time. Each article lists the earlier articles of its story,
 * whatever partition or instance enriched them, and the links are the same with six partitions and
 * two instances as with one of each; so are their story ids (each story's first article's id) and the
 * story summaries on news.stories.
 */
class RelatedLinksIT {

  @RegisterExtension
  static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

  @RegisterExtension
  static final LoadedModels MODELS = new LoadedModels();

  @Test
  void shouldLinkEarlierArticlesOfTheSameStoryAlikeOnSixPartitionsAndTwoInstances(@TempDir Path a, @TempDir Path b)
      throws Exception {
    List<Story> stories = StoryRun.stories();
    Map<String, EnrichedArticle> scaled;
    Map<String, EntityProfile> profiles;
    Map<String, dev.newswire.schemas.Story> scaledStories;
    try (StoryRun run = new StoryRun(KAFKA.bootstrapServers(), 6, a)) {
      run.startInstances(2, MODELS.engine(), MODELS.kb());
      run.send(stories, 0);
      scaled = new HashMap<>(run.outputs());
      profiles = run.profiles();
      scaledStories = run.storySummaries();
    }
    Map<String, EnrichedArticle> single;
    Map<String, dev.newswire.schemas.Story> singleStories;
    try (StoryRun run = new StoryRun(KAFKA.bootstrapServers(), 1, b)) {
      run.startInstances(1, MODELS.engine(), MODELS.kb());
      run.send(stories, 0);
      single = new HashMap<>(run.outputs());
      singleStories = run.storySummaries();
    }

    assertThat(scaled.keySet()).containsExactlyInAnyOrderElementsOf(stories.stream().map(Story::id).toList());
    for (Story story : stories) {
      assertThat(relatedIds(scaled.get(story.id()))).as("related of %s", story.id())
          .isEqualTo(relatedIds(single.get(story.id())));
      assertThat(topicLabels(scaled.get(story.id()))).as("topics of %s", story.id())
          .isEqualTo(topicLabels(single.get(story.id())));
      assertThat(scaled.get(story.id()).getStoryId()).as("story of %s", story.id())
          .isEqualTo(single.get(story.id()).getStoryId());
    }
    assertStoriesLinked(stories, scaled);
    assertProfileCounts(scaled, profiles);
    assertStorySummaries(stories, scaledStories, singleStories);
  }

  /** news.stories: one summary per story, under its first article's id, the same on both layouts. */
  private static void assertStorySummaries(List<Story> stories, Map<String, dev.newswire.schemas.Story> scaled,
      Map<String, dev.newswire.schemas.Story> single) {
    Map<String, List<String>> articlesOf = new java.util.LinkedHashMap<>();
    stories.forEach(s -> articlesOf.computeIfAbsent(s.story(), k -> new java.util.ArrayList<>()).add(s.id()));
    Map<String, List<String>> expected = articlesOf.values().stream()
        .collect(Collectors.toMap(ids -> ids.get(0), ids -> ids));
    assertThat(scaled.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((storyId, ids) -> {
      dev.newswire.schemas.Story summary = scaled.get(storyId);
      assertThat(summary.getArticleIds()).as("articles of story %s", storyId).containsExactlyElementsOf(ids);
      assertThat(summary.getArticleCount()).isEqualTo(ids.size());
      assertThat(summary.getHeadline()).isEqualTo(stories.stream().filter(s -> s.id().equals(storyId))
          .findFirst().orElseThrow().headline());
      dev.newswire.schemas.Story other = single.get(storyId);
      assertThat(other).as("story %s with one partition", storyId).isNotNull();
      assertThat(List.of(summary.getArticleIds(), summary.getFirstSeen(), summary.getLastSeen(),
          summary.getTopEntities())).isEqualTo(List.of(other.getArticleIds(), other.getFirstSeen(),
          other.getLastSeen(), other.getTopEntities()));
    });
  }

  private static void assertStoriesLinked(List<Story> stories, Map<String, EnrichedArticle> out) {
    for (int i = 0; i < stories.size(); i++) {
      Story story = stories.get(i);
      Set<String> earlierOfStory = stories.subList(0, i).stream()
          .filter(s -> s.story().equals(story.story())).map(Story::id).collect(Collectors.toSet());
      assertThat(Set.copyOf(relatedIds(out.get(story.id()))))
          .as("related of %s; entities of the story: %s", story.id(), entitiesOf(out, earlierOfStory, story.id()))
          .isEqualTo(earlierOfStory);
      String first = stories.stream().filter(s -> s.story().equals(story.story())).findFirst().orElseThrow().id();
      assertThat(out.get(story.id()).getStoryId()).as("story of %s", story.id()).isEqualTo(first);
    }
    RelatedArticle original = out.get("ecb-2-repost").getRelated().stream()
        .filter(r -> r.getId().equals("ecb-2")).findFirst().orElseThrow();
    assertThat(original.getDuplicate()).isTrue();
    assertThat(original.getSharedEntities()).contains("Christine Lagarde");
    assertThat(out.get("ecb-2").getRelated()).allSatisfy(r -> assertThat(r.getDuplicate()).isFalse());

    List<TopicLink> related = relatedTopics(out.get("ecb-3"));
    Set<String> inEcb3 = out.get("ecb-3").getEntities().stream().map(Entity::getName).collect(Collectors.toSet());
    assertThat(related).as("related topics of ecb-3").isNotEmpty();
    TopicLink learned = related.stream().filter(t -> !inEcb3.contains(t.getLabel()))
        .filter(t -> Set.of("Bundesbank", "Joachim Nagel", "Frankfurt", "Germany").contains(t.getLabel()))
        .findFirst().orElseThrow(() -> new AssertionError("no related topic learned from ecb-1/ecb-2: " + related));
    assertThat(learned.getVia()).isNotBlank();
    assertThat(learned.getCooccurrences()).isGreaterThanOrEqualTo(2);
    for (EnrichedArticle article : out.values()) {
      List<TopicLink> topics = relatedTopics(article);
      if (!topics.isEmpty()) {
        assertThat(topics.get(0).getLabel()).as("top related topic of %s", article.getId()).isNotEqualTo("United States");
      }
    }
  }

  private static void assertProfileCounts(Map<String, EnrichedArticle> out, Map<String, EntityProfile> profiles) {
    Map<String, Long> articlesPerEntity = out.values().stream()
        .flatMap(a -> a.getEntities().stream().map(Entity::getId).distinct())
        .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    assertThat(profiles.keySet()).containsExactlyInAnyOrderElementsOf(articlesPerEntity.keySet());
    articlesPerEntity.forEach((id, count) -> assertThat(profiles.get(id).getArticleCount())
        .as("article count of %s", profiles.get(id).getName()).isEqualTo(count.intValue()));
    EntityProfile lagarde = profiles.values().stream().filter(p -> p.getName().equals("Christine Lagarde"))
        .findFirst().orElseThrow();
    assertThat(lagarde.getArticleCount()).isEqualTo(4);
    assertThat(lagarde.getRecentArticles()).containsExactlyInAnyOrder("ecb-1", "ecb-2", "ecb-3", "ecb-2-repost");
  }

  @Test
  void shouldKeepLinkingToArticlesFromBeforeARestartFromRestoredState(@TempDir Path state) throws Exception {
    List<Story> stories = StoryRun.stories();
    try (StoryRun run = new StoryRun(KAFKA.bootstrapServers(), 3, state)) {
      run.startInstances(1, MODELS.engine(), MODELS.kb());
      run.send(stories.subList(0, 8), 0);
      run.stopInstances();
      // The new instance has an empty state dir: its stores can only come back from the changelogs.
      run.startInstances(1, MODELS.engine(), MODELS.kb());
      run.send(stories.subList(8, stories.size()), 8);

      assertThat(relatedIds(run.outputs().get("ecb-3"))).containsExactlyInAnyOrder("ecb-1", "ecb-2");
      assertThat(relatedIds(run.outputs().get("mars-3"))).containsExactlyInAnyOrder("mars-1", "mars-2");
      assertThat(relatedIds(run.outputs().get("ecb-2-repost"))).contains("ecb-2");
    }
  }

  private static String entitiesOf(Map<String, EnrichedArticle> out, Set<String> earlier, String id) {
    StringBuilder text = new StringBuilder();
    for (String each : new java.util.TreeSet<>(Set.copyOf(java.util.stream.Stream.concat(earlier.stream(),
        java.util.stream.Stream.of(id)).toList()))) {
      text.append('\n').append(each).append(": ").append(out.get(each).getEntities().stream()
          .map(e -> e.getName() + "/" + e.getId() + "/" + String.format(java.util.Locale.ROOT, "%.2f", e.getSalience()))
          .collect(Collectors.joining(", ")));
    }
    return text.toString();
  }

  private static List<String> relatedIds(EnrichedArticle article) {
    return article.getRelated().stream().map(RelatedArticle::getId).toList();
  }

  private static List<String> topicLabels(EnrichedArticle article) {
    return article.getTopics().stream().map(t -> t.getKind() + ":" + t.getLabel()).toList();
  }

  private static List<TopicLink> relatedTopics(EnrichedArticle article) {
    return article.getTopics().stream().filter(t -> t.getKind() == TopicKind.RELATED).toList();
  }
}
