package dev.newswire.enrich.related;

import static dev.newswire.enrich.related.Wire.FED;
import static dev.newswire.enrich.related.Wire.KIM;
import static dev.newswire.enrich.related.Wire.PUTIN;
import static dev.newswire.enrich.related.Wire.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.Story;
import dev.newswire.schemas.StoryEntity;
import dev.newswire.schemas.serde.ArticleSerdes;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Story ids on the articles and story summaries on the compacted story topic, through the topology. */
class StoryTopicTest {

  private final ArticleSerdes serdes = ArticleSerdes.create();
  private RelatedTestTopology.Run run;

  private void start(RelatedConfig config) {
    run = RelatedTestTopology.run(config, serdes, T0);
  }

  @AfterEach
  void close() {
    if (run != null) {
      run.close();
    }
  }

  /** The latest value per key, as a compacted topic keeps it (null: a tombstone). */
  private Map<String, Story> compacted() {
    Map<String, Story> latest = new LinkedHashMap<>();
    for (KeyValue<String, Story> record : run.stories().readKeyValuesToList()) {
      latest.put(record.key, record.value);
    }
    return latest;
  }

  @Test
  void shouldThreadEachStoryUnderItsFirstArticleAndSummariseIt() {
    start(Wire.entitiesOnly());
    Wire.stories().forEach(a -> run.input().pipeInput(a.getId(), a));

    Map<String, String> storyOf = new LinkedHashMap<>();
    run.output().readKeyValuesToList().forEach(kv -> storyOf.put(kv.key, kv.value.getStoryId()));
    assertThat(storyOf).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("s1-1", "s1-1"), Map.entry("s1-2", "s1-1"), Map.entry("s1-3", "s1-1"), Map.entry("s1-4", "s1-1"),
        Map.entry("s1-5", "s1-1"), Map.entry("s2-1", "s2-1"), Map.entry("s2-2", "s2-1"), Map.entry("s2-3", "s2-1"),
        Map.entry("s2-4", "s2-1"), Map.entry("s3-1", "s3-1"), Map.entry("s3-2", "s3-1"), Map.entry("s3-3", "s3-1"),
        Map.entry("s4-1", "s4-1"), Map.entry("s4-2", "s4-1"), Map.entry("s4-3", "s4-1")));

    Map<String, Story> summaries = compacted();
    assertThat(summaries).containsOnlyKeys("s1-1", "s2-1", "s3-1", "s4-1");
    Story first = summaries.get("s1-1");
    assertThat(first.getHeadline()).isEqualTo("Headline of s1-1");
    assertThat(first.getFirstSeen()).isEqualTo(T0);
    assertThat(first.getLastSeen()).isEqualTo(T0.plusSeconds(13 * 3600));
    assertThat(first.getArticleCount()).isEqualTo(5);
    assertThat(first.getArticleIds()).containsExactly("s1-1", "s1-2", "s1-3", "s1-4", "s1-5");
    assertThat(first.getTopEntities()).extracting(StoryEntity::getName, StoryEntity::getArticles).containsExactly(
        tuple(KIM.name(), 5), tuple(PUTIN.name(), 5),
        tuple("Vostochny Cosmodrome", 4),
        tuple("United States", 2));
    assertThat(summaries.get("s4-1").getArticleCount()).isEqualTo(3);
  }

  @Test
  void shouldTakeBackOnlyWhatALeavingArticleCounted() {
    start(Wire.entitiesOnly());
    // Putin is below the salience that counts (0.3) in a1, and salient in a2 of the same story
    EnrichedArticle a1 = Wire.article("a1", T0, Wire.uniqueBody("a1"), KIM.at(1.0), PUTIN.at(0.2));
    EnrichedArticle a2 = Wire.article("a2", T0.plus(Duration.ofDays(2)), Wire.uniqueBody("a2"), KIM.at(1.0),
        PUTIN.at(0.9));
    // eight days after a1: a1 leaves the 7-day window, a2 stays
    EnrichedArticle a3 = Wire.article("a3", T0.plus(Duration.ofDays(8)), Wire.uniqueBody("a3"), FED.at(1.0));
    List.of(a1, a2, a3).forEach(a -> run.input().pipeInput(a.getId(), a));

    Story story = compacted().get("a1");
    assertThat(story.getArticleIds()).containsExactly("a2");
    assertThat(story.getTopEntities()).extracting(StoryEntity::getName, StoryEntity::getArticles)
        .containsExactly(tuple(KIM.name(), 1), tuple(PUTIN.name(), 1));
  }

  @Test
  void shouldTombstoneAStoryWhenItsLastArticleLeavesTheWindow() {
    start(Wire.entitiesOnly());
    Wire.stories().forEach(a -> run.input().pipeInput(a.getId(), a));
    run.stories().readKeyValuesToList();

    // eight days on: every story of the first day leaves the 7-day window
    Instant later = T0.plus(Duration.ofDays(8));
    EnrichedArticle late = Wire.article("late", later, Wire.uniqueBody("late"), KIM.at(1.0));
    run.input().pipeInput(late.getId(), late);

    Map<String, Story> summaries = compacted();
    assertThat(summaries).containsOnlyKeys("s1-1", "s2-1", "s3-1", "s4-1", "late");
    assertThat(List.of("s1-1", "s2-1", "s3-1", "s4-1")).allSatisfy(id -> assertThat(summaries.get(id)).isNull());
    assertThat(summaries.get("late").getArticleIds()).containsExactly("late");
  }
}
