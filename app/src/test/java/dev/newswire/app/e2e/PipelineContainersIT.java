package dev.newswire.app.e2e;

import dev.newswire.app.testing.SharedEngine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.app.run.KnowledgeBase;
import dev.newswire.enrich.EnrichApp;
import dev.newswire.schemas.EnrichedArticle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The end-to-end seed scenario against Kafka in a container (the official apache/kafka image), for
 * machines with a Docker engine. Skipped cleanly where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
class PipelineContainersIT {

  @Container
  static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.4.0");

  @Test
  void shouldEnrichTheSeedOnAContainerBroker(@TempDir Path inputs, @TempDir Path state) throws Exception {
    SeedPipelineScenario scenario = new SeedPipelineScenario(KAFKA.getBootstrapServers(), state);
    try (KnowledgeBase kb = KnowledgeBase.open(java.util.Map.of());
         EnrichApp enrich = scenario.startEnrich(SharedEngine.get(), kb)) {
      scenario.ingest(SeedPipelineScenario.inputs(inputs));

      List<EnrichedArticle> enriched = scenario.enriched(1);
      assertThat(enriched).hasSize(1);
      SeedPipelineScenario.assertSeedEnrichment(enriched.get(0));
      assertThat(scenario.deadLetters(2)).hasSize(2);
    }
  }
}
