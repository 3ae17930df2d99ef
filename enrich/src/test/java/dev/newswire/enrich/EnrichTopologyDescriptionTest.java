package dev.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.testing.Articles;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import dev.newswire.schemas.topic.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins the shape of the topology: renaming a step, adding a repartition or a store changes the names
 * that running applications and downstream tools rely on, so it must be a deliberate change of
 * {@code enrich-topology.txt}.
 */
class EnrichTopologyDescriptionTest {

  @Test
  void shouldKeepTheTopologyDescriptionStable() throws IOException {
    EnrichConfig config = EnrichConfig.from(Map.of("bootstrap.servers", "unused:9092"));
    Topics topics = Topics.of(TopicNames.defaults(), ArticleSerdes.create());
    ArticleEnricher enricher = new ArticleEnricher(Articles.engine(), Clock.systemUTC());

    String described = EnrichTopology.build(config, topics, enricher).describe().toString();

    assertThat(normalized(described)).isEqualTo(normalized(expected()));
  }

  private static String expected() throws IOException {
    try (InputStream in = EnrichTopologyDescriptionTest.class.getResourceAsStream("/enrich-topology.txt")) {
      assertThat(in).as("enrich-topology.txt on the test classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String normalized(String text) {
    return text.replace("\r\n", "\n").strip().replaceAll("[ \\t]+\\n", "\n");
  }
}
