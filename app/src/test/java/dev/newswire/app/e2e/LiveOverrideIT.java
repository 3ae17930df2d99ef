package dev.newswire.app.e2e;

import dev.newswire.app.testing.SharedEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newswire.app.NewswireCommand;
import dev.newswire.app.kafka.TopicProvisioner;
import dev.newswire.app.run.KafkaProperties;
import dev.newswire.app.run.TopicLayout;
import dev.newswire.app.testing.EmbeddedKafkaExtension;
import dev.newswire.enrich.ArticleEnricher;
import dev.newswire.enrich.EnrichApp;
import dev.newswire.enrich.EnrichConfig;
import dev.newswire.enrich.link.KbIndexCache;
import dev.newswire.enrich.link.KbOverride;
import dev.newswire.enrich.link.KbOverrides;
import dev.newswire.enrich.link.RocksKbIndex;
import dev.newswire.enrich.ner.CrfNerEngine;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.InputFormat;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.serde.AvroTrust;
import dev.newswire.schemas.topic.TopicNames;
import dev.newswire.schemas.topic.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Acceptance 4 of issue 3 on the embedded broker: an override published with {@code newswire override}
 * while enrich runs (real CoreNLP, curated table and knowledge-base index) changes the link of the
 * next article that mentions the surface; the article enriched before keeps its link.
 */
class LiveOverrideIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final String SURFACE = "Security Council";
  private static final String CURATED_TITLE = "United_Nations_Security_Council";
  private static final String OVERRIDE_TITLE = "Security_Council_of_Russia";

  @RegisterExtension
  static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

  private static CrfNerEngine engine;
  private static RocksKbIndex index;

  private final ArticleSerdes serdes = ArticleSerdes.create();

  @BeforeAll
  static void loadModels() {
    engine = SharedEngine.get();
    index = new KbIndexCache(KbIndexCache.defaultRoot(), Clock.systemUTC()).openCoreNlp();
  }

  @AfterAll
  static void closeIndex() {
    if (index != null) {
      index.close();
    }
  }

  @Test
  void shouldLinkTheNextArticleThroughAnOverridePublishedWhileEnrichRuns(@TempDir Path work) throws Exception {
    Properties props = properties(work.resolve("state"));
    new TopicProvisioner(KafkaProperties.adminProperties(props)).ensureTopics(TopicLayout.from(props).pipelineTopics());
    EnrichConfig config = EnrichConfig.from(props);
    ArticleEnricher enricher = new ArticleEnricher(engine, KbOverrides.curated(), index, Clock.systemUTC());
    try (EnrichApp app = new EnrichApp(config, Topics.of(config.topicNames(), serdes), enricher);
         KafkaProducer<String, NewsArticle> producer = new KafkaProducer<>(KAFKA.clientProperties(),
             new StringSerializer(), serdes.newsArticle().serializer())) {
      app.start();
      assertThat(app.awaitRunning(Duration.ofSeconds(90))).as("enrich reached RUNNING").isTrue();

      producer.send(new ProducerRecord<>(config.topicNames().raw(), "before", article("before"))).get();
      assertThat(kbIdOf(SURFACE, enriched(config, 1).get(0))).isEqualTo(CURATED_TITLE);

      String out = override(props, work.resolve("enrich.properties"), "--surface", SURFACE, "--title", OVERRIDE_TITLE, "--type", "ORGANIZATION");
      assertThat(out).contains("'" + SURFACE + "' -> " + OVERRIDE_TITLE + " [ORGANIZATION] published to "
          + config.overridesTopic());
      // The global store follows the topic asynchronously: the next article is the first enriched after this.
      await("the override in enrich's global store").atMost(TIMEOUT).ignoreExceptions()
          .until(() -> app.liveOverride(SURFACE).map(KbOverride::title), Optional.of(OVERRIDE_TITLE)::equals);
      producer.send(new ProducerRecord<>(config.topicNames().raw(), "after", article("after"))).get();

      List<EnrichedArticle> both = enriched(config, 2);
      assertThat(both).extracting(EnrichedArticle::getId).containsExactly("before", "after");
      assertThat(kbIdOf(SURFACE, both.get(0))).as("the article enriched before keeps its link").isEqualTo(CURATED_TITLE);
      assertThat(kbIdOf(SURFACE, both.get(1))).as("the next article links through the override").isEqualTo(OVERRIDE_TITLE);
    }
  }

  private Properties properties(Path state) {
    Properties props = new Properties();
    props.setProperty("bootstrap.servers", KAFKA.bootstrapServers());
    props.setProperty("application.id", KAFKA.uniqueName("live-override"));
    props.setProperty("state.dir", state.toString());
    props.setProperty(TopicNames.RAW_PROPERTY, KAFKA.uniqueName("raw"));
    props.setProperty(TopicNames.ENRICHED_PROPERTY, KAFKA.uniqueName("enriched"));
    props.setProperty(TopicNames.DEAD_LETTERS_PROPERTY, KAFKA.uniqueName("dlq"));
    props.setProperty(EnrichConfig.OVERRIDES_TOPIC_PROPERTY, KAFKA.uniqueName("kb-overrides"));
    return props;
  }

  /** Runs {@code newswire override} in-process with the test's topic names; returns its output. */
  private static String override(Properties props, Path config, String... args) throws IOException {
    try (Writer writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
      props.store(writer, "the enrich settings, as a user would pass them with --config");
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new NewswireCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 3];
    all[0] = "override";
    all[1] = "--config";
    all[2] = config.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    assertThat(cli.execute(all)).as("newswire override exit code; stderr: %s", err).isZero();
    return out.toString();
  }

  private List<EnrichedArticle> enriched(EnrichConfig config, int count) {
    List<ConsumerRecord<String, EnrichedArticle>> records = KAFKA.reader().awaitRecords(config.topicNames().enriched(),
        count, new StringDeserializer(), serdes.enrichedArticle().deserializer(), TIMEOUT);
    return records.stream().map(ConsumerRecord::value)
        .sorted(Comparator.comparing(EnrichedArticle::getIngestedAt)).toList();
  }

  private static String kbIdOf(String name, EnrichedArticle article) {
    return article.getEntities().stream()
        .filter(e -> e.getName().equals(name) || e.getMentions().stream().anyMatch(m -> m.getText().equals(name)))
        .map(Entity::getKbId).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + article.getId() + ": "
            + article.getEntities().stream().map(Entity::getName).toList()));
  }

  private static NewsArticle article(String id) {
    AvroTrust.ensureInstalled();
    Instant ingested = Instant.parse(id.equals("before") ? "2024-05-01T10:00:00Z" : "2024-05-01T11:00:00Z");
    return NewsArticle.newBuilder()
        .setId(id)
        .setHeadline("Security Council rejects new sanctions")
        .setSource("Test Wire")
        .setBody("The Security Council said on Monday that new sanctions would not change its course.\n"
            + "A spokesman for the Security Council told reporters in Moscow that talks would go on.")
        .setLanguage("en")
        .setIngestedAt(ingested)
        .setContentHash(Map.of("before", "a", "after", "b").get(id).repeat(64))
        .setInputFormat(InputFormat.JSON)
        .build();
  }
}
