package dev.newswire.app.e2e;

import dev.newswire.app.testing.SharedEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.app.run.KnowledgeBase;
import dev.newswire.app.testing.EmbeddedKafkaExtension;
import dev.newswire.enrich.EnrichApp;
import dev.newswire.enrich.ner.CrfNerEngine;
import dev.newswire.ingest.IngestSummary;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.NewsArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a real embedded KRaft broker: ingest -> raw topic -> enrich (Kafka Streams,
 * exactly-once, real CoreNLP models) -> enriched topic, with bad input on the dead-letter topic.
 */
class PipelineIT {

  @RegisterExtension
  static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

  private static CrfNerEngine engine;
  private static KnowledgeBase kb;

  @BeforeAll
  static void loadModels() {
    engine = SharedEngine.get();
    kb = KnowledgeBase.open(java.util.Map.of());
  }

  @AfterAll
  static void closeKnowledgeBase() {
    kb.close();
  }

  @Test
  void shouldEnrichTheSeedAndDeadLetterBinaryAndEmptyFiles(@TempDir Path inputs, @TempDir Path state) throws Exception {
    SeedPipelineScenario scenario = new SeedPipelineScenario(KAFKA.bootstrapServers(), state);
    try (EnrichApp enrich = scenario.startEnrich(engine, kb)) {
      IngestSummary summary = scenario.ingest(SeedPipelineScenario.inputs(inputs));

      assertThat(summary.articlesPublished()).isEqualTo(1);
      assertThat(summary.rejected()).isEqualTo(2);

      List<EnrichedArticle> enriched = scenario.enriched(1);
      assertThat(enriched).hasSize(1);
      SeedPipelineScenario.assertSeedEnrichment(enriched.get(0));

      List<DeadLetter> letters = scenario.deadLetters(2);
      assertThat(letters).hasSize(2);
      assertThat(letters).extracting(DeadLetter::getStage).containsOnly("ingest");
      assertThat(letters).extracting(DeadLetter::getReason).containsExactlyInAnyOrder("EMPTY_INPUT", "BINARY_INPUT");
      assertThat(letters).extracting(DeadLetter::getOrigin)
          .containsExactlyInAnyOrder(inputs.resolve("empty.txt").toString(), inputs.resolve("garbage.bin").toString());
      assertThat(letters).allSatisfy(letter -> assertThat(letter.getErrorMessage()).isNotBlank());
      DeadLetter binary = letters.stream().filter(l -> l.getReason().equals("BINARY_INPUT")).findFirst().orElseThrow();
      assertThat(binary.getOriginalSize()).isEqualTo(4096L);
    }
  }

  @Test
  void shouldDeadLetterAnUndecodableRecordAndKeepEnriching(@TempDir Path state) throws Exception {
    SeedPipelineScenario scenario = new SeedPipelineScenario(KAFKA.bootstrapServers(), state);
    try (EnrichApp enrich = scenario.startEnrich(engine, kb);
         KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KAFKA.clientProperties(),
             new StringSerializer(), new ByteArraySerializer())) {
      byte[] garbage = {(byte) 0xC3, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 9};
      producer.send(new ProducerRecord<>(scenario.names.raw(), "poison", garbage)).get();
      scenario.ingest(Seeds.seed());

      List<EnrichedArticle> enriched = scenario.enriched(1);
      assertThat(enriched).extracting(EnrichedArticle::getHeadline).containsExactly(Seeds.HEADLINE);
      List<DeadLetter> letters = scenario.deadLetters(1);
      assertThat(letters).hasSize(1);
      DeadLetter letter = letters.get(0);
      assertThat(letter.getStage()).isEqualTo("enrich");
      assertThat(letter.getReason()).isEqualTo("UNDECODABLE_RECORD");
      assertThat(letter.getSourceTopic()).isEqualTo(scenario.names.raw());
      assertThat(letter.getOffset()).isZero();
      assertThat(letter.getOriginalBytes().array()).isEqualTo(garbage);
    }
  }

  @Test
  void shouldGiveTheSameArticleTheSameIdWhenIngestedTwice(@TempDir Path state) {
    SeedPipelineScenario scenario = new SeedPipelineScenario(KAFKA.bootstrapServers(), state);
    // Without the ingest ledger's de-duplication, so that both copies reach the topic to be compared.
    scenario.props.setProperty("newswire.ingest.dedup", "false");
    Path seed = Seeds.seed();

    scenario.ingest(seed);
    scenario.ingest(seed);

    List<NewsArticle> raw = scenario.raw(2);
    assertThat(raw).hasSize(2);
    assertThat(raw.get(0).getId()).isEqualTo(raw.get(1).getId());
    assertThat(raw.get(0).getContentHash()).isEqualTo(raw.get(1).getContentHash());
  }

  @Test
  void shouldBeReadableByPythonAvroFromTheSchemaFiles(@TempDir Path work, @TempDir Path state) throws Exception {
    assumeTrue(pythonAvroAvailable(), "/usr/bin/python3 with the avro module is not installed; skipping interop test");
    SeedPipelineScenario scenario = new SeedPipelineScenario(KAFKA.bootstrapServers(), state);
    try (EnrichApp enrich = scenario.startEnrich(engine, kb)) {
      scenario.ingest(Seeds.seed());
      ConsumerRecord<String, byte[]> record = scenario.awaitRecords(scenario.names.enriched(), 1).get(0);
      EnrichedArticle article = scenario.serdes.enrichedArticle().decode(record.value());

      JsonNode decoded = runPythonReader(work, record.value());

      assertThat(decoded.get("id").asText()).isEqualTo(article.getId());
      assertThat(decoded.get("headline").asText()).isEqualTo(Seeds.HEADLINE);
      List<String> names = new java.util.ArrayList<>();
      decoded.get("entities").forEach(e -> names.add(e.get("name").asText()));
      assertThat(names).isEqualTo(article.getEntities().stream().map(Entity::getName).toList());
    }
  }

  private static JsonNode runPythonReader(Path work, byte[] event) throws IOException, InterruptedException {
    Path eventFile = work.resolve("event.bin");
    Files.write(eventFile, event);
    Path script = resource(work, "interop/read_event.py");
    Path schema = resource(work, "dev/newswire/schemas/released/EnrichedArticle/v3.avsc");
    Process python = new ProcessBuilder("/usr/bin/python3", script.toString(), schema.toString(), eventFile.toString())
        .redirectErrorStream(false).start();
    byte[] out = python.getInputStream().readAllBytes();
    String err = new String(python.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(python.exitValue()).as("python reader failed: %s", err).isZero();
    return new ObjectMapper().readTree(out);
  }

  private static Path resource(Path work, String name) throws IOException {
    Path target = work.resolve(Path.of(name).getFileName());
    try (var in = PipelineIT.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      Files.copy(in, target);
    }
    return target;
  }

  private static boolean pythonAvroAvailable() {
    try {
      Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import avro").start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
