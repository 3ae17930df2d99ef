package dev.newswire.enrich.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelatedConfigTest {

  @Test
  void shouldDefaultToTheIssuesSettings() {
    assertThat(RelatedConfig.defaults()).isEqualTo(new RelatedConfig(Duration.ofDays(30), Duration.ofDays(7), 5,
        0.2, 0.8, 0.13, Duration.ofSeconds(1), Duration.ofSeconds(30), 10_000, Duration.ofMinutes(10), 0.3, 0.5, 5,
        2, 0.1, 500, 200, 20, 10, "news.entities"));
  }

  @Test
  void shouldReadEveryProperty() {
    RelatedConfig config = RelatedConfig.from(Map.ofEntries(
        Map.entry("newswire.related.window.days", "3"), Map.entry("newswire.related.topics.window.days", "2"),
        Map.entry("newswire.related.text.weight", "0.6"), Map.entry("newswire.related.story.min.score", "0.25"),
        Map.entry("newswire.related.sequence.quiet.ms", "500"),
        Map.entry("newswire.related.sequence.max.hold.ms", "5000"),
        Map.entry("newswire.related.sequence.max.pending", "100"),
        Map.entry("newswire.related.sequence.live.lag.ms", "60000"), Map.entry("newswire.related.k", "7"),
        Map.entry("newswire.related.min.score", "0.3"), Map.entry("newswire.related.min.salience", "0.4"),
        Map.entry("newswire.related.duplicate.threshold", "0.8"), Map.entry("newswire.related.topics.max", "2"),
        Map.entry("newswire.related.topics.min.cooccurrences", "3"),
        Map.entry("newswire.related.topics.min.score", "0.2"),
        Map.entry("newswire.related.entity.max.articles", "100"),
        Map.entry("newswire.related.entity.max.cooccurring", "50"),
        Map.entry("newswire.related.article.max.entities", "12"), Map.entry("newswire.related.profile.size", "4"),
        Map.entry("newswire.topic.entities", " test.entities ")));

    assertThat(config).isEqualTo(new RelatedConfig(Duration.ofDays(3), Duration.ofDays(2), 7, 0.3, 0.6, 0.25,
        Duration.ofMillis(500), Duration.ofSeconds(5), 100, Duration.ofSeconds(60), 0.4,
        0.8, 2, 3, 0.2, 100, 50, 12, 4, "test.entities"));
  }

  @Test
  void shouldKeepTheTopicWindowInsideTheStoryWindow() {
    assertThat(RelatedConfig.from(Map.of("newswire.related.window.days", "3")).topicWindow())
        .isEqualTo(Duration.ofDays(3));
    assertThatThrownBy(() -> RelatedConfig.from(Map.of("newswire.related.window.days", "3",
        "newswire.related.topics.window.days", "4")))
        .hasMessageContaining("newswire.related.topics.window.days must be positive and at most");
  }

  @Test
  void shouldNameThePropertyOfAnInvalidValue() {
    assertThatThrownBy(() -> RelatedConfig.from(Map.of("newswire.related.window.days", "0")))
        .hasMessageContaining("newswire.related.window.days");
    assertThatThrownBy(() -> RelatedConfig.from(Map.of("newswire.related.k", "five")))
        .hasMessageContaining("newswire.related.k must be an integer, got 'five'");
    assertThatThrownBy(() -> RelatedConfig.from(Map.of("newswire.related.min.score", "1.5")))
        .hasMessageContaining("newswire.related.min.score must be in [0, 1]");
    assertThatThrownBy(() -> RelatedConfig.from(Map.of("newswire.topic.entities", "news entities")))
        .hasMessageContaining("newswire.topic.entities");
  }
}
