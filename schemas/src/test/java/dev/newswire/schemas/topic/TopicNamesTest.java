package dev.newswire.schemas.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicNamesTest {

  @Test
  void shouldDefaultToTheContractNames() {
    assertThat(TopicNames.from(Map.of())).isEqualTo(new TopicNames(
        "news.articles.raw", "news.articles.enriched", "news.articles.dlq", "news.entities", "news.stories"));
  }

  @Test
  void shouldReadBackTheNamesItWritesAsProperties() {
    TopicNames names = TopicNames.defaults().withPrefix("t1-");

    assertThat(names.toProperties()).containsEntry("newswire.topic.raw", "t1-news.articles.raw")
        .containsEntry("newswire.topic.entities", "t1-news.entities")
        .containsEntry("newswire.topic.stories", "t1-news.stories").hasSize(5);
    assertThat(TopicNames.from(names.toProperties())).isEqualTo(names);
  }

  @Test
  void shouldRejectAnIllegalTopicName() {
    assertThatThrownBy(() -> TopicNames.from(Map.of("newswire.topic.raw", "no spaces")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("newswire.topic.raw: 'no spaces' is not a valid Kafka topic name");
  }
}
