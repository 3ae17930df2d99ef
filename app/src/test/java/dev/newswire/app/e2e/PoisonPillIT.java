package dev.newswire.app.e2e;

import dev.newswire.app.testing.SharedEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newswire.app.e2e.PoisonPillRows.Row;
import dev.newswire.app.run.EnrichRun;
import dev.newswire.app.run.IngestRun;
import dev.newswire.app.testing.EmbeddedKafkaExtension;
import dev.newswire.enrich.ArticleEnricher;
import dev.newswire.enrich.EnrichApp;
import dev.newswire.ingest.IngestSummary;
import dev.newswire.ingest.ProgressListener;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 6: every poison pill of {@link PoisonPillRows} goes in front of its stage on a real embedded
 * KRaft broker, one row at a time, followed by a good article. For each row: exactly one dead letter
 * with the expected stage, reason and original bytes (cut at the dead-letter cap, with the full size),
 * the same enrich instance still RUNNING on its first stream thread, and the good article enriched.
 * One enrich app (exactly-once, real CoreNLP) and one ingest run serve the whole table.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonPillIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final int RAW_MAX_MESSAGE_BYTES = 8 * PoisonPillRows.MIB;

  @RegisterExtension
  static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

  @TempDir
  static Path work;

  private final ArticleSerdes serdes = ArticleSerdes.create();
  private final List<String> table = new ArrayList<>();
  private Properties props;
  private TopicNames names;
  private EnrichApp enrich;
  private IngestRun ingest;
  private KafkaProducer<String, byte[]> producer;
  private KafkaConsumer<String, byte[]> deadLetters;
  private KafkaConsumer<String, byte[]> enriched;

  @BeforeAll
  void startPipeline() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    names = TopicNames.defaults().withPrefix("poison-" + run + "-");
    props = new Properties();
    props.setProperty("bootstrap.servers", KAFKA.bootstrapServers());
    props.setProperty("application.id", "poison-" + run);
    props.setProperty("state.dir", work.resolve("state").toString());
    props.setProperty("newswire.ingest.state.dir", work.resolve("ingest").toString());
    props.setProperty("newswire.ingest.dedup", "false");
    props.putAll(names.toProperties());
    enrich = EnrichRun.create(props, new ArticleEnricher(SharedEngine.get(), Clock.systemUTC()));
    raiseRawTopicLimit();
    enrich.start();
    assertThat(enrich.awaitRunning(TIMEOUT)).as("enrich reached RUNNING").isTrue();
    ingest = IngestRun.open(props);
    Map<String, Object> producerProps = new HashMap<>(KAFKA.clientProperties());
    producerProps.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, RAW_MAX_MESSAGE_BYTES);
    producer = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer());
    deadLetters = consumer(names.deadLetters());
    enriched = consumer(names.enriched());
  }

  /**
   * The product's topic layout leaves {@code max.message.bytes} at the broker default (1 MiB), which
   * ingest's 1 MiB article limit stays under. A foreign producer can only write a bigger article if an
   * operator raised the raw topic's limit; the test does that, as such an operator would.
   */
  private void raiseRawTopicLimit() throws Exception {
    try (Admin admin = Admin.create(KAFKA.clientProperties())) {
      ConfigResource raw = new ConfigResource(ConfigResource.Type.TOPIC, names.raw());
      AlterConfigOp op = new AlterConfigOp(
          new ConfigEntry("max.message.bytes", Integer.toString(RAW_MAX_MESSAGE_BYTES)), AlterConfigOp.OpType.SET);
      admin.incrementalAlterConfigs(Map.of(raw, List.of(op))).all().get();
    }
  }

  @AfterAll
  void stopPipeline() {
    System.out.println(String.join(System.lineSeparator(), table));
    for (AutoCloseable closeable : new AutoCloseable[] {deadLetters, enriched, producer, ingest, enrich}) {
      try {
        if (closeable != null) {
          closeable.close();
        }
      } catch (Exception e) {
        System.err.println("closing " + closeable + ": " + e);
      }
    }
  }

  static Stream<Row> rows() {
    return PoisonPillRows.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void shouldDeadLetterTheRowAndEnrichTheNextGoodArticle(Row row) throws Exception {
    if (table.isEmpty()) {
      table.add(String.format(Locale.ROOT, "%-52s | %-6s | %-18s | %9s | %s | %s", "row", "stage", "reason",
          "size", "dead letters", "next good enriched"));
    }
    String goodId = "good-" + UUID.randomUUID().toString().substring(0, 8);
    int letters = -1;
    boolean goodEnriched = false;
    String reason = "-";
    try {
      feed(row, goodId);
      EnrichedArticle good = awaitEnriched(goodId);
      goodEnriched = good != null;
      List<DeadLetter> found = readDeadLetters();
      letters = found.size();
      reason = found.isEmpty() ? "-" : found.get(0).getReason();
      assertThat(found).as("dead letters of row %s", row.name()).hasSize(1);
      assertDeadLetter(row, found.get(0));
      assertThat(enrich.state()).isEqualTo(KafkaStreams.State.RUNNING);
      assertThat(streamThreads()).as("stream threads of enrich (a replaced thread gets a new number)")
          .containsExactly(props.getProperty("application.id"));
    } finally {
      table.add(String.format(Locale.ROOT, "%-52s | %-6s | %-18s | %9s | %12s | %s", row.name(), row.stage(),
          reason, row.bytes() == null ? "null" : Integer.toString(row.bytes().length), letters,
          goodEnriched ? "yes" : "no"));
    }
  }

  private void feed(Row row, String goodId) throws Exception {
    if (row.stage().equals(PoisonPillRows.ENRICH)) {
      // bad then good on the same partition, so the good one is read after the bad one
      producer.send(new ProducerRecord<>(names.raw(), 0, "poison-" + goodId, row.bytes())).get();
      byte[] good = PoisonPillRows.encode(PoisonPillRows.article(goodId, "Ministers meet in Brussels",
          "Angela Merkel met Emmanuel Macron in Paris on Tuesday to talk about the budget."));
      producer.send(new ProducerRecord<>(names.raw(), 0, goodId, good)).get();
    } else {
      Path bad = Files.write(work.resolve(goodId + "-" + row.fileName()), row.bytes());
      Path good = Files.writeString(work.resolve(goodId + ".json"), "{\"id\": \"" + goodId + "\", "
          + "\"headline\": \"Ministers meet in Brussels\", \"language\": \"en\", "
          + "\"body\": \"Angela Merkel met Emmanuel Macron in Paris on Tuesday (" + goodId + ").\"}");
      IngestSummary summary = ingest.ingest(List.of(bad.toString(), good.toString()), ProgressListener.NONE,
          new ByteArrayInputStream(new byte[0]));
      assertThat(summary.articlesPublished()).as("articles published").isEqualTo(1);
      assertThat(summary.rejected()).as("inputs rejected").isEqualTo(1);
      assertThat(summary.sendFailures()).isZero();
    }
  }

  private void assertDeadLetter(Row row, DeadLetter letter) {
    assertThat(letter.getStage()).isEqualTo(row.stage());
    assertThat(letter.getReason()).isEqualTo(row.reason());
    assertThat(letter.getErrorMessage()).isNotBlank();
    if (row.bytes() == null) {
      assertThat(letter.getOriginalBytes()).isNull();
      assertThat(letter.getOriginalSize()).isNull();
    } else {
      assertThat(bytes(letter.getOriginalBytes())).as("original bytes").isEqualTo(row.expectedOriginal());
      assertThat(letter.getOriginalSize()).as("original size").isEqualTo((long) row.bytes().length);
    }
    if (row.stage().equals(PoisonPillRows.ENRICH)) {
      assertThat(letter.getSourceTopic()).isEqualTo(names.raw());
      assertThat(letter.getPartition()).isZero();
      assertThat(letter.getKey()).startsWith("poison-good-");
    } else {
      assertThat(letter.getOrigin()).endsWith(row.fileName());
    }
  }

  private EnrichedArticle awaitEnriched(String id) {
    List<EnrichedArticle> seen = new ArrayList<>();
    await("enriched article " + id).atMost(TIMEOUT).pollInSameThread().pollInterval(Duration.ZERO).until(() -> {
      for (ConsumerRecord<String, byte[]> record : enriched.poll(Duration.ofMillis(200))) {
        EnrichedArticle article = serdes.enrichedArticle().decode(record.value());
        if (article.getId().equals(id) || id.equals(article.getSourceId())) {
          assertThat(record.key()).isEqualTo(article.getId());
          seen.add(article);
        }
      }
      return !seen.isEmpty();
    });
    assertThat(seen).hasSize(1);
    return seen.get(0);
  }

  /** Every committed dead letter since the previous row: the consumer continues where it stopped. */
  private List<DeadLetter> readDeadLetters() {
    Map<TopicPartition, Long> end = deadLetters.endOffsets(deadLetters.assignment());
    List<DeadLetter> found = new ArrayList<>();
    await("dead letters up to " + end).atMost(TIMEOUT).pollInSameThread().pollInterval(Duration.ZERO).until(() -> {
      deadLetters.poll(Duration.ofMillis(200)).forEach(r -> found.add(serdes.deadLetter().decode(r.value())));
      return end.entrySet().stream().allMatch(e -> deadLetters.position(e.getKey()) >= e.getValue());
    });
    return found;
  }

  private KafkaConsumer<String, byte[]> consumer(String topic) {
    Map<String, Object> config = new HashMap<>(KAFKA.clientProperties());
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
        new ByteArrayDeserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
        .map(p -> new TopicPartition(topic, p.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    return consumer;
  }

  /** The application ids of live stream threads numbered 1; a replaced thread would be numbered 2. */
  private List<String> streamThreads() {
    String app = props.getProperty("application.id");
    List<String> names = Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith(app) && name.contains("-StreamThread-"))
        .toList();
    assertThat(names).allMatch(name -> name.endsWith("-StreamThread-1"), "only the first stream thread");
    return names.stream().map(name -> app).toList();
  }

  private static byte[] bytes(ByteBuffer buffer) {
    if (buffer == null) {
      return null;
    }
    ByteBuffer copy = buffer.duplicate();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    return bytes;
  }
}
