package dev.newswire.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newswire.app.run.EnrichRun;
import dev.newswire.app.run.IngestRun;
import dev.newswire.app.run.KnowledgeBase;
import dev.newswire.app.run.KafkaProperties;
import dev.newswire.enrich.EnrichApp;
import dev.newswire.enrich.ner.NerEngine;
import dev.newswire.ingest.IngestSummary;
import dev.newswire.ingest.ProgressListener;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.EntityType;
import dev.newswire.schemas.Mention;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * The end-to-end scenario of the first issue, against any broker: the seed, a binary file and an
 * empty file go in through ingest; exactly one enriched article comes out with the expected
 * entities, and exactly two dead letters. Shared by the embedded-broker and Testcontainers tests.
 */
final class SeedPipelineScenario {

  static final Duration OUTPUT_TIMEOUT = Duration.ofSeconds(120);

  final Properties props;
  final TopicNames names;
  final ArticleSerdes serdes = ArticleSerdes.create();

  SeedPipelineScenario(String bootstrapServers, Path stateDir) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    props = new Properties();
    props.setProperty("bootstrap.servers", bootstrapServers);
    props.setProperty("application.id", "e2e-" + run);
    props.setProperty("state.dir", stateDir.toString());
    props.setProperty("newswire.ingest.state.dir", stateDir.resolve("ingest").toString());
    names = TopicNames.defaults().withPrefix("e2e-" + run + "-");
    props.putAll(names.toProperties());
  }

  /** Writes the seed, a binary and an empty file into {@code dir}; returns dir. */
  static Path inputs(Path dir) throws IOException {
    Files.copy(Seeds.seed(), dir.resolve("seed.txt"));
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    Files.write(dir.resolve("garbage.bin"), garbage);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    return dir;
  }

  EnrichApp startEnrich(NerEngine engine, KnowledgeBase kb) {
    EnrichApp app = EnrichRun.create(props, engine, kb);
    app.start();
    assertThat(app.awaitRunning(Duration.ofSeconds(90))).as("enrich reached RUNNING").isTrue();
    return app;
  }

  IngestSummary ingest(Path... paths) {
    List<String> args = java.util.Arrays.stream(paths).map(Path::toString).toList();
    return IngestRun.run(props, args, ProgressListener.NONE, new ByteArrayInputStream(new byte[0]));
  }

  List<ConsumerRecord<String, byte[]>> awaitRecords(String topic, int count) {
    try (KafkaConsumer<String, byte[]> consumer = consumer()) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      List<ConsumerRecord<String, byte[]>> records = new java.util.ArrayList<>();
      Awaitility.await().atMost(OUTPUT_TIMEOUT).pollInterval(Duration.ofMillis(50)).until(() -> {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        return records.size() >= count;
      });
      // Anything beyond the expected count that is already committed shows up here.
      consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
      return records;
    }
  }

  <T> List<T> values(List<ConsumerRecord<String, byte[]>> records, Function<byte[], T> decode) {
    return records.stream().map(r -> decode.apply(r.value())).toList();
  }

  List<EnrichedArticle> enriched(int count) {
    return values(awaitRecords(names.enriched(), count), serdes.enrichedArticle()::decode);
  }

  List<DeadLetter> deadLetters(int count) {
    return values(awaitRecords(names.deadLetters(), count), serdes.deadLetter()::decode);
  }

  List<NewsArticle> raw(int count) {
    return values(awaitRecords(names.raw(), count), serdes.newsArticle()::decode);
  }

  private KafkaConsumer<String, byte[]> consumer() {
    var client = KafkaProperties.clientProperties(props);
    client.remove("application.id");
    client.remove("state.dir");
    client.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return new KafkaConsumer<>(client, new StringDeserializer(), new ByteArrayDeserializer());
  }

  /** The acceptance checks on the enriched seed (issues 2 and 3). */
  static void assertSeedEnrichment(EnrichedArticle article) {
    assertThat(article.getHeadline()).isEqualTo(Seeds.HEADLINE);
    for (String teaser : Seeds.TEASERS) {
      assertThat(article.getBody()).doesNotContain(teaser);
    }
    assertThat(article.getBody()).doesNotContain("Discuss");
    assertThat(article.getEntities())
        .extracting(Entity::getName, Entity::getType, Entity::getSubtype, Entity::getKbId)
        .contains(
            tuple("North Korea", EntityType.LOCATION, "COUNTRY", "North_Korea"),
            tuple("NATO", EntityType.ORGANIZATION, "INTERNATIONAL_ORGANIZATION", "NATO"),
            tuple("United States", EntityType.LOCATION, "COUNTRY", "United_States"),
            tuple("Japan", EntityType.LOCATION, "COUNTRY", "Japan"),
            tuple("South Korea", EntityType.LOCATION, "COUNTRY", "South_Korea"),
            tuple("Russia", EntityType.LOCATION, "COUNTRY", "Russia"),
            tuple("United Nations", EntityType.ORGANIZATION, "INTERNATIONAL_ORGANIZATION", "United_Nations"),
            tuple("Im Chon Il", EntityType.PERSON, null, null),
            tuple("Vladimir Putin", EntityType.PERSON, null, "Vladimir_Putin"),
            tuple("Sputnik", EntityType.ORGANIZATION, "NEWS_AGENCY", "Sputnik_(news_agency)"),
            tuple("Vostochny Cosmodrome", EntityType.LOCATION, "FACILITY", "Vostochny_Cosmodrome"),
            tuple("Korean Peninsula", EntityType.LOCATION, "REGION", "Korean_Peninsula"));
    // people come from the dictionary: the page's current title or exactly its older one (see SeedEnrichmentTest)
    assertThat(entity(article, "Kim Jong Un").getKbId()).isIn("Kim_Jong_Un", "Kim_Jong-woon");
    assertThat(entity(article, "Sergei Shoigu").getKbId()).isIn("Sergei_Shoigu", "Sergey_Shoigu");
    assertThat(entity(article, "Kim Jong Un").getType()).isEqualTo(EntityType.PERSON);
    assertThat(entity(article, "Sergei Shoigu").getType()).isEqualTo(EntityType.PERSON);
    Entity soyuz = entity(article, "Soyuz-2");
    assertThat(soyuz.getType()).isEqualTo(EntityType.MISC);
    assertThat(soyuz.getSubtype()).isEqualTo("PRODUCT");
    assertThat(soyuz.getKbId()).startsWith("Soyuz");
    assertThat(mentionTexts(article, "North Korea")).contains("DPRK", "North Korea");
    assertThat(mentionTexts(article, "North Korea").stream().filter("DPRK"::equals).count()).isEqualTo(4);
    assertThat(mentionTexts(article, "United States")).contains("US");
    assertThat(mentionTexts(article, "Russia")).contains("Russian Federation");
    assertThat(mentionTexts(article, "Im Chon Il")).contains("Im Chon Il", "Im Chon");
    assertThat(mentionTexts(article, "Vladimir Putin")).contains("Vladimir Putin", "Putin");
    assertThat(mentionTexts(article, "Vostochny Cosmodrome")).contains("Vostochny Cosmodrone");
    assertThat(article.getEntities()).extracting(Entity::getName)
        .doesNotContain("Cancer Tumor", "Allies", "Asian Allies", "Big Agenda", "Vice Foreign Minister", "President");
    assertThat(article.getEntities().subList(0, 3)).extracting(Entity::getName)
        .isSubsetOf("North Korea", "NATO", "United States", "Russia");
    assertThat(article.getEntities()).extracting(Entity::getSalience).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(article.getEntities()).flatExtracting(Entity::getMentions).extracting(Mention::getText)
        .noneMatch(text -> List.of("he", "his", "him", "she", "her", "they", "it")
            .contains(text.toLowerCase(java.util.Locale.ROOT)));
    assertMentionOffsets(article);
  }

  private static Entity entity(EnrichedArticle article, String name) {
    return article.getEntities().stream().filter(e -> e.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name));
  }

  private static List<String> mentionTexts(EnrichedArticle article, String name) {
    return entity(article, name).getMentions().stream().map(Mention::getText).toList();
  }

  static void assertMentionOffsets(EnrichedArticle article) {
    for (Entity entity : article.getEntities()) {
      for (Mention mention : entity.getMentions()) {
        String text = switch (mention.getField()) {
          case "headline" -> article.getHeadline();
          case "standfirst" -> article.getStandfirst();
          case "body" -> article.getBody();
          case "source" -> article.getSource();
          default -> throw new AssertionError("unknown field " + mention.getField());
        };
        assertThat(text.substring(mention.getStart(), mention.getEnd()))
            .as("mention of %s at %s[%d,%d)", entity.getName(), mention.getField(), mention.getStart(), mention.getEnd())
            .isEqualTo(mention.getText());
      }
    }
  }
}
