package dev.newswire.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.app.NewswireCommand;
import dev.newswire.app.kafka.TopicProvisioner;
import dev.newswire.app.run.EnrichRun;
import dev.newswire.app.run.KafkaProperties;
import dev.newswire.app.run.TopicLayout;
import dev.newswire.app.schema.SchemaPublisher;
import dev.newswire.app.schema.SchemaTopic;
import dev.newswire.app.testing.EmbeddedKafkaExtension;
import dev.newswire.app.testing.LoadedModels;
import dev.newswire.enrich.EnrichApp;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.catalog.Fingerprints;
import dev.newswire.schemas.catalog.SchemaCatalog;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.serde.GenericEventDecoder;
import dev.newswire.schemas.topic.TopicNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A newer release's events reach this release's readers on a real broker: a "v2" writer publishes its
 * schemas (NewsArticle and EnrichedArticle with one more optional field, from test resources) to the
 * schema topic and sends v2 events; this build's enrich (the v1 classes) enriches the v2 articles with
 * no dead letter, and {@code newswire tail} prints a v2 enriched article. An event whose writer schema
 * was never published is a dead letter naming its fingerprint.
 */
@Tag("slow")
class SchemaEvolutionIT {

  @RegisterExtension
  static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

  private static final Schema NEWS_V2 = parse("/evolution/NewsArticle-v2.avsc");
  private static final Schema ENRICHED_V2 = parse("/evolution/EnrichedArticle-v2.avsc");
  /** A v3 that nobody published: v2 plus one more optional field. */
  private static final Schema NEWS_V3 = withOptionalInt(NEWS_V2, "wordCount");

  @RegisterExtension
  static final LoadedModels MODELS = new LoadedModels();

  private final ArticleSerdes v1 = ArticleSerdes.create();

  @Test
  void shouldEnrichAndTailEventsOfANewerReleaseThroughTheSchemaTopic(@TempDir Path state) throws Exception {
    String run = "evo-" + UUID.randomUUID().toString().substring(0, 8);
    TopicNames names = TopicNames.defaults().withPrefix(run + "-");
    Properties props = new Properties();
    props.setProperty("bootstrap.servers", KAFKA.bootstrapServers());
    props.setProperty("application.id", run);
    props.setProperty("state.dir", state.toString());
    props.setProperty("newswire.topic.partitions", "1");
    props.setProperty("newswire.topic.overrides", run + "-overrides");
    props.setProperty(TopicNames.SCHEMAS_PROPERTY, run + "-schemas");
    props.putAll(names.toProperties());
    new TopicProvisioner(KafkaProperties.adminProperties(props)).ensureTopics(TopicLayout.from(props).pipelineTopics());

    // the v2 writer starts as ingest does: its schemas first, then its events
    SchemaPublisher.publish(SchemaTopic.from(props), List.of(NEWS_V2, ENRICHED_V2));
    NewsArticle fed = article("v2-fed", "Fed Holds Rates as Powell Warns on Inflation",
        "The Federal Reserve kept interest rates unchanged on Wednesday.\nJerome Powell said in Washington that"
            + " inflation was still too high.");
    NewsArticle ecb = article("v2-ecb", "ECB Holds Rates", "The European Central Bank kept rates unchanged.\n"
        + "Christine Lagarde spoke in Frankfurt.");
    byte[] fedV2 = evolve(v1.newsArticle().encode(fed), NEWS_V2, "kicker", "WASHINGTON");
    byte[] ecbV2 = evolve(v1.newsArticle().encode(ecb), NEWS_V2, "kicker", "FRANKFURT");
    byte[] unpublished = evolve(evolve(v1.newsArticle().encode(article("v3-x", "H", "Body.")), NEWS_V2, "kicker",
        null), NEWS_V3, "wordCount", 1);
    send(names.raw(), List.of(Map.entry("v2-fed", fedV2), Map.entry("v3-x", unpublished),
        Map.entry("v2-ecb", ecbV2)));

    List<ConsumerRecord<String, byte[]>> enriched;
    List<ConsumerRecord<String, byte[]>> letters;
    try (EnrichApp app = EnrichRun.create(props, MODELS.engine(), MODELS.kb())) {
      app.start();
      assertThat(app.awaitRunning(Duration.ofSeconds(90))).isTrue();
      enriched = await(names.enriched(), 2);
      letters = await(names.deadLetters(), 1);
    }

    // the related step links a burst in publication order (ties by id), not in arrival order
    assertThat(enriched).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("v2-fed", "v2-ecb");
    byte[] fedBytes = enriched.stream().filter(record -> record.key().equals("v2-fed")).findFirst().orElseThrow()
        .value();
    EnrichedArticle fedOut = v1.enrichedArticle().decode(fedBytes);
    assertThat(fedOut.getHeadline()).isEqualTo(fed.getHeadline());
    assertThat(fedOut.getBody()).isEqualTo(fed.getBody());
    assertThat(fedOut.getPublishedAt()).isEqualTo(fed.getPublishedAt());
    assertThat(fedOut.getEntities()).extracting(Entity::getName).contains("Federal Reserve", "Jerome Powell");
    assertThat(letters).hasSize(1);
    DeadLetter letter = v1.deadLetter().decode(letters.get(0).value());
    assertThat(letter.getReason()).isEqualTo("UNDECODABLE_RECORD");
    assertThat(letter.getKey()).isEqualTo("v3-x");
    assertThat(letter.getErrorMessage()).contains("unknown writer schema " + Fingerprints.toWireHex(Fingerprints.of(NEWS_V3)));
    assertThat(letter.getOriginalBytes().array()).isEqualTo(unpublished);

    // a v2 enrich wrote an enriched article with the new field: this build's tail prints it
    send(names.enriched(), List.of(Map.entry("v2-fed", evolve(fedBytes, ENRICHED_V2, "sentiment", 0.4))));
    List<JsonNode> lines = tail(props, names.enriched(), state.resolve("tail.properties"), 3);
    assertThat(lines).extracting(line -> line.path("id").asText()).containsExactlyInAnyOrder("v2-fed", "v2-ecb", "v2-fed");
    assertThat(lines).allSatisfy(line -> assertThat(line.has("undecodable")).isFalse());
    assertThat(lines).filteredOn(line -> line.path("id").asText().equals("v2-fed")).hasSize(2).allSatisfy(line -> {
      assertThat(line.has("sentiment")).isFalse();
      assertThat(line.path("headline").asText()).isEqualTo(fed.getHeadline());
    });
  }

  private static NewsArticle article(String id, String headline, String body) {
    return NewsArticle.newBuilder().setId(id).setSourceId(id).setSource("Wire").setHeadline(headline).setBody(body)
        .setPublishedAt(Instant.parse("2026-11-25T12:30:00Z")).setIngestedAt(Instant.now())
        .setContentHash(Integer.toHexString(body.hashCode())).build();
  }

  /** The event as a writer of {@code schema} sends it: read as {@code schema}, {@code field} set, re-encoded. */
  private static byte[] evolve(byte[] event, Schema schema, String field, Object value) {
    SchemaStore.Cache v2 = new SchemaStore.Cache();
    v2.addSchema(NEWS_V2);
    GenericRecord record = new GenericEventDecoder(schema, SchemaCatalog.load(), v2).decode(event);
    record.put(field, value);
    try {
      ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema).encode(record);
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void send(String topic, List<Map.Entry<String, byte[]>> events) throws Exception {
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KAFKA.clientProperties(),
        new StringSerializer(), new ByteArraySerializer())) {
      for (Map.Entry<String, byte[]> event : events) {
        producer.send(new ProducerRecord<>(topic, event.getKey(), event.getValue())).get();
      }
    }
  }

  private static List<ConsumerRecord<String, byte[]>> await(String topic, int count) {
    KAFKA.reader().awaitRecords(topic, count, new StringDeserializer(), new ByteArrayDeserializer(),
        Duration.ofSeconds(120));
    return KAFKA.reader().readToEnd(topic, new StringDeserializer(), new ByteArrayDeserializer());
  }

  private static List<JsonNode> tail(Properties props, String topic, Path config, int max) throws IOException {
    Properties file = new Properties();
    file.setProperty(TopicNames.SCHEMAS_PROPERTY, props.getProperty(TopicNames.SCHEMAS_PROPERTY));
    try (var out = Files.newBufferedWriter(config)) {
      file.store(out, null);
    }
    StringWriter printed = new StringWriter();
    int exit = new CommandLine(new NewswireCommand()).setOut(new PrintWriter(printed)).execute("tail",
        "--bootstrap-servers", KAFKA.bootstrapServers(), "--config", config.toString(), "--topic", topic,
        "--from-beginning", "--json", "--max", Integer.toString(max), "--timeout", "60");
    assertThat(exit).isZero();
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : printed.toString().split("\n")) {
      if (!line.isBlank()) {
        lines.add(json.readTree(line));
      }
    }
    return lines;
  }

  private static Schema withOptionalInt(Schema record, String name) {
    List<Schema.Field> fields = new ArrayList<>(record.getFields().stream()
        .map(f -> new Schema.Field(f, f.schema())).toList());
    fields.add(new Schema.Field(name, Schema.createUnion(Schema.create(Schema.Type.NULL),
        Schema.create(Schema.Type.INT)), null, Schema.Field.NULL_DEFAULT_VALUE));
    return Schema.createRecord(record.getName(), record.getDoc(), record.getNamespace(), false, fields);
  }

  private static Schema parse(String resource) {
    try (InputStream in = SchemaEvolutionIT.class.getResourceAsStream(resource)) {
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
