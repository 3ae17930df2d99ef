package dev.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.newswire.enrich.errors.DeadLetterDeserializationHandler;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EnrichConfigTest {

  @Test
  void shouldApplyNewswireDefaults() {
    EnrichConfig config = EnrichConfig.from(Map.of("bootstrap.servers", "localhost:9092"));

    assertThat(config.streamsProperties()).contains(
        entry("application.id", "newswire-enrich"),
        entry("bootstrap.servers", "localhost:9092"),
        entry("processing.guarantee", "exactly_once_v2"),
        entry("num.stream.threads", "1"),
        entry("commit.interval.ms", "100"),
        entry("max.poll.records", "10"),
        entry("max.poll.interval.ms", "600000"),
        entry("deserialization.exception.handler", DeadLetterDeserializationHandler.class.getName()),
        entry("state.dir", Path.of(System.getProperty("java.io.tmpdir"), "newswire", "enrich-state").toString()),
        entry("newswire.topic.dlq", "news.articles.dlq"));
    assertThat(config.topicMinSalience()).isEqualTo(0.4);
    assertThat(config.topicNames().raw()).isEqualTo("news.articles.raw");
    assertThat(config.overridesTopic()).isEqualTo("news.kb.overrides");
  }

  @Test
  void shouldKeepUserSettingsAndPassKafkaSettingsThrough() {
    Properties props = new Properties();
    props.setProperty("bootstrap.servers", "broker:9093");
    props.setProperty("application.id", "enrich-eu");
    props.setProperty("num.stream.threads", "4");
    props.setProperty("security.protocol", "SASL_SSL");
    props.setProperty("newswire.topic.raw", "eu.raw");
    props.setProperty("newswire.topic.dlq", "eu.dlq");
    props.setProperty("newswire.topic.overrides", "eu.kb.overrides");

    EnrichConfig config = EnrichConfig.from(props);

    assertThat(config.streamsProperties()).contains(entry("application.id", "enrich-eu"),
        entry("num.stream.threads", "4"), entry("security.protocol", "SASL_SSL"), entry("newswire.topic.dlq", "eu.dlq"));
    assertThat(config.numStreamThreads()).isEqualTo(4);
    assertThat(config.overridesTopic()).isEqualTo("eu.kb.overrides");
  }

  @Test
  void shouldRequireBootstrapServers() {
    assertThatThrownBy(() -> EnrichConfig.from(Map.of("application.id", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bootstrap.servers is required: the Kafka brokers to connect to, for example localhost:9092");
  }

  @Test
  void shouldRejectInvalidValuesNamingTheProperty() {
    assertThatThrownBy(() -> EnrichConfig.from(Map.of("bootstrap.servers", "b:1", "num.stream.threads", "0")))
        .hasMessage("num.stream.threads must be an integer >= 1, got '0'");
    assertThatThrownBy(() -> EnrichConfig.from(Map.of("bootstrap.servers", "b:1", "processing.guarantee", "exactly_once")))
        .hasMessage("processing.guarantee must be one of [at_least_once, exactly_once_v2], got 'exactly_once'");
    assertThatThrownBy(() -> EnrichConfig.from(Map.of("bootstrap.servers", "b:1", "newswire.topic.raw", "bad topic")))
        .hasMessageContaining("newswire.topic.raw");
    assertThatThrownBy(() -> EnrichConfig.from(Map.of("bootstrap.servers", "b:1", "newswire.topic.overrides", "kb overrides")))
        .hasMessage("newswire.topic.overrides: 'kb overrides' is not a valid Kafka topic name");
    assertThatThrownBy(() -> EnrichConfig.from(Map.of("bootstrap.servers", "b:1",
        "newswire.topic.overrides", "news.articles.raw")))
        .hasMessage("newswire.topic.overrides must name a topic of its own, got 'news.articles.raw'");
  }

  @Test
  void shouldHideSecretsWhenPrinted() {
    EnrichConfig config = EnrichConfig.from(Map.of("bootstrap.servers", "b:1",
        "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required password=\"s3cret\";"));

    assertThat(config.toString()).doesNotContain("s3cret").contains("sasl.jaas.config=[hidden]");
  }
}
