package dev.newswire.app.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.eval.stories.StoryArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

class ReplayModeTest {

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private static List<StoryArticle> articles(String... ids) {
    return java.util.stream.IntStream.range(0, ids.length)
        .mapToObj(i -> new StoryArticle(ids[i], "H", "B", null, null, T0.plusSeconds(3600L * i))).toList();
  }

  private static List<String> ids(List<StoryArticle> articles) {
    return articles.stream().map(StoryArticle::id).toList();
  }

  @Test
  void shouldTakeThePartitionsInTurnEachInItsOwnOrder() {
    Map<String, Integer> partition = Map.of("a", 0, "b", 0, "c", 0, "d", 1, "e", 2, "f", 2);

    List<StoryArticle> order = ReplayMode.interleaved(articles("a", "b", "c", "d", "e", "f"),
        article -> partition.get(article.id()), 3);

    assertThat(ids(order)).containsExactly("a", "d", "e", "b", "f", "c");
  }

  @Test
  void shouldPartitionByTheKeyHashOfKafkasDefaultPartitioner() {
    for (String key : List.of("story-001", "story-002", "story-076")) {
      int expected = (Utils.murmur2(key.getBytes(StandardCharsets.UTF_8)) & 0x7fffffff) % 3;
      assertThat(ReplayMode.partitionOf(key, 3)).isEqualTo(expected);
    }
  }

  @Test
  void shouldReadLiveArticlesJustAfterPublicationAndABackfillAtOneInstant() {
    List<StoryArticle> articles = articles("a", "b", "c");

    assertThat(ReplayMode.LIVE.ingestedAt(articles.get(0), articles)).isEqualTo(T0.plusSeconds(2));
    assertThat(ReplayMode.BULK.ingestedAt(articles.get(0), articles))
        .isEqualTo(ReplayMode.BULK.ingestedAt(articles.get(2), articles))
        .isEqualTo(T0.plusSeconds(7200 + 86_400));
    assertThat(ids(ReplayMode.LIVE.arrivalOrder(articles))).containsExactly("a", "b", "c");
    assertThat(ids(ReplayMode.BULK_IN_ORDER.arrivalOrder(articles))).containsExactly("a", "b", "c");
  }
}
