package dev.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.schemas.topic.TopicNames;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

  @Test
  void shouldForceSafeDeliveryAndPassOtherKafkaSettingsThrough() {
    IngestConfig config = IngestConfig.from(Map.of(
        "bootstrap.servers", "broker:9092",
        "security.protocol", "SSL",
        "acks", "1",
        "enable.idempotence", "false",
        "compression.type", "lz4",
        "newswire.topic.raw", "custom.raw"));

    Properties props = config.producerProperties("-articles");

    assertThat(props).containsEntry("bootstrap.servers", "broker:9092")
        .containsEntry("security.protocol", "SSL")
        .containsEntry("acks", "all")
        .containsEntry("enable.idempotence", "true")
        .containsEntry("max.in.flight.requests.per.connection", "5")
        .containsEntry("compression.type", "lz4")
        .containsEntry("linger.ms", "10")
        .containsEntry("client.id", "newswire-ingest-articles")
        .doesNotContainKey("newswire.topic.raw");
    assertThat(config.topicNames()).isEqualTo(new TopicNames("custom.raw", "news.articles.enriched", "news.articles.dlq", "news.entities"));
  }

  @Test
  void shouldDefaultCompressionToZstdAndKeepUserClientId() {
    Properties props = IngestConfig.from(Map.of("bootstrap.servers", "b:1", "client.id", "mine"))
        .producerProperties("-dlq");

    assertThat(props).containsEntry("compression.type", "zstd").containsEntry("client.id", "mine-dlq");
  }

  @Test
  void shouldReadLimitsWithDefaults() {
    assertThat(IngestConfig.from(Map.of()).limits()).isEqualTo(FormatLimits.defaults());
    assertThat(FormatLimits.defaults().maxArticleBytes()).isEqualTo(1_048_576);
    assertThat(IngestConfig.from(Map.of("newswire.ingest.max.article.bytes", "2048",
        "newswire.ingest.max.input.bytes", "1_000_000", "newswire.ingest.max.json.depth", "10")).limits())
        .isEqualTo(new FormatLimits(1_000_000, 2048, 10));
  }

  @Test
  void shouldRejectBadValuesNamingTheKey() {
    assertThatThrownBy(() -> IngestConfig.from(Map.of("newswire.ingest.max.article.bytes", "lots")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("newswire.ingest.max.article.bytes: 'lots' is not a whole number");
    assertThatThrownBy(() -> IngestConfig.from(Map.of("newswire.ingest.max.json.depth", "0")))
        .hasMessage("newswire.ingest.max.json.depth: 0 is out of range 1..1000");
    assertThatThrownBy(() -> IngestConfig.from(Map.of()).producerProperties(""))
        .hasMessage("bootstrap.servers is required (for example localhost:9092)");
  }
}
