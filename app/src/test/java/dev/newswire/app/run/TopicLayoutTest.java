package dev.newswire.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.newswire.app.kafka.TopicSpec;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TopicLayoutTest {

  @Test
  void shouldCreateEveryTopicWithTheConfiguredPartitionsAndReplicas() {
    Properties props = new Properties();
    props.setProperty("newswire.topic.raw", "eu.raw");
    props.setProperty("newswire.topic.dlq", "eu.dlq");
    props.setProperty("newswire.topic.overrides", "eu.kb.overrides");
    props.setProperty("newswire.topic.schemas", "eu.schemas");
    props.setProperty("newswire.topic.partitions", "12");
    props.setProperty("newswire.topic.replication", "3");

    TopicLayout layout = TopicLayout.from(props);

    assertThat(layout.pipelineTopics()).extracting(TopicSpec::name, TopicSpec::partitions, TopicSpec::replication)
        .containsExactly(
            tuple("eu.raw", 12, (short) 3),
            tuple("news.articles.enriched", 12, (short) 3),
            tuple("eu.dlq", 12, (short) 3),
            tuple("news.entities", 12, (short) 3),
            tuple("news.stories", 12, (short) 3),
            tuple("eu.kb.overrides", 1, (short) 3),
            tuple("eu.schemas", 1, (short) 3));
    for (int compacted = 3; compacted <= 6; compacted++) {
      assertThat(layout.pipelineTopics().get(compacted).configs()).containsExactly(entry("cleanup.policy", "compact"));
    }
    assertThat(TopicLayout.from(Map.of()).schemas()).isEqualTo("news.schemas");
  }

  @Test
  void shouldDefaultToThreePartitionsAndOneReplica() {
    TopicLayout layout = TopicLayout.from(Map.of());

    assertThat(layout.partitions()).isEqualTo(3);
    assertThat(layout.replication()).isEqualTo(1);
  }

  @Test
  void shouldRejectANonPositivePartitionCount() {
    assertThatThrownBy(() -> TopicLayout.from(Map.of("newswire.topic.partitions", "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("newswire.topic.partitions must be a positive integer, not '0'");
    assertThatThrownBy(() -> TopicLayout.from(Map.of("newswire.topic.replication", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("newswire.topic.replication must be a positive integer, not 'x'");
  }
}
