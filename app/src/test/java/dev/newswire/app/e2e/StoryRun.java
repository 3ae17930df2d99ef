package dev.newswire.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.app.run.EnrichRun;
import dev.newswire.app.run.KafkaProperties;
import dev.newswire.app.run.KnowledgeBase;
import dev.newswire.enrich.EnrichApp;
import dev.newswire.enrich.ner.NerEngine;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EntityProfile;
import dev.newswire.schemas.InputFormat;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/**
 * One run of the related-links scenario against a broker: its own topics and application id, N
 * partitions, enrich instances started and stopped at will, and the short stories of
 * {@code related/stories.jsonl} sent one at a time, each only after the previous came out (so every
 * article sees all earlier ones, whatever partition or instance enriched them).
 */
final class StoryRun implements AutoCloseable {

  /** One short article of the test set. */
  record Story(String id, String story, String repostOf, String headline, String body) {}

  static final Instant START = Instant.parse("2026-11-02T08:00:00Z");

  final Properties props = new Properties();
  final TopicNames names;
  final ArticleSerdes serdes = ArticleSerdes.create();
  private final Path stateRoot;
  private final List<EnrichApp> apps = new ArrayList<>();
  private final Map<String, EnrichedArticle> outputs = new LinkedHashMap<>();
  private final KafkaConsumer<String, byte[]> consumer;
  private final KafkaProducer<String, NewsArticle> producer;
  private int instancesStarted;

  StoryRun(String bootstrap, int partitions, Path stateRoot) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    this.stateRoot = stateRoot;
    names = TopicNames.defaults().withPrefix("rel-" + run + "-");
    props.setProperty("bootstrap.servers", bootstrap);
    props.setProperty("application.id", "rel-" + run);
    props.setProperty("newswire.topic.partitions", Integer.toString(partitions));
    props.putAll(names.toProperties());
    props.setProperty("newswire.topic.overrides", "rel-" + run + "-overrides");
    Map<String, Object> client = KafkaProperties.clientProperties(props);
    client.remove("application.id");
    producer = new KafkaProducer<>(client, new StringSerializer(), serdes.newsArticle());
    Map<String, Object> consumerProps = new HashMap<>(client);
    consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new ByteArrayDeserializer());
  }

  /** Starts {@code count} more enrich instances (same application id, own state dirs) and waits until all run. */
  void startInstances(int count, NerEngine engine, KnowledgeBase kb) {
    for (int i = 0; i < count; i++) {
      Properties instance = new Properties();
      instance.putAll(props);
      instance.setProperty("state.dir", stateRoot.resolve("instance-" + (instancesStarted++)).toString());
      EnrichApp app = EnrichRun.create(instance, engine, kb);
      apps.add(app);
      app.start();
    }
    Awaitility.await().atMost(Duration.ofSeconds(120))
        .until(() -> apps.stream().allMatch(a -> a.awaitRunning(Duration.ofMillis(100))));
    if (consumer.assignment().isEmpty()) {
      List<TopicPartition> partitions = consumer.partitionsFor(names.enriched()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
    }
  }

  /** Stops every running instance. */
  void stopInstances() {
    apps.forEach(EnrichApp::close);
    apps.clear();
  }

  /** Sends each story as an article published one hour after the previous, waiting for its output. */
  void send(List<Story> stories, int firstHour) throws Exception {
    int hour = firstHour;
    for (Story story : stories) {
      NewsArticle article = NewsArticle.newBuilder()
          .setId(story.id()).setSourceId(story.id()).setSource(story.repostOf() == null ? "Wire A" : "Wire B")
          .setHeadline(story.headline()).setBody(story.body())
          .setPublishedAt(START.plus(Duration.ofHours(hour++))).setIngestedAt(START)
          .setContentHash(Integer.toHexString(story.body().hashCode())).setInputFormat(InputFormat.JSON)
          .build();
      producer.send(new ProducerRecord<>(names.raw(), story.id(), article)).get();
      Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20)).until(() -> {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
          outputs.put(record.key(), serdes.enrichedArticle().decode(record.value()));
        }
        return outputs.containsKey(story.id());
      });
    }
  }

  Map<String, EnrichedArticle> outputs() {
    return outputs;
  }

  /** The latest profile per entity id on the entities topic (tombstones remove the entity). */
  Map<String, EntityProfile> profiles() {
    return latest(names.entities(), serdes.entityProfile()::decode);
  }

  /** The latest summary per story id on the story topic (tombstones remove the story). */
  Map<String, dev.newswire.schemas.Story> storySummaries() {
    return latest(names.stories(), serdes.story()::decode);
  }

  /** The latest value per key of a compacted topic, read to its end. */
  private <V> Map<String, V> latest(String topic, java.util.function.Function<byte[], V> decode) {
    Map<String, V> latest = new HashMap<>();
    try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(readerProps(), new StringDeserializer(),
        new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = reader.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      reader.assign(partitions);
      reader.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = reader.endOffsets(partitions);
      Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
        for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(100))) {
          if (record.value() == null) {
            latest.remove(record.key());
          } else {
            latest.put(record.key(), decode.apply(record.value()));
          }
        }
        return partitions.stream().allMatch(p -> reader.position(p) >= end.get(p));
      });
    }
    return latest;
  }

  private Map<String, Object> readerProps() {
    Map<String, Object> client = KafkaProperties.clientProperties(props);
    client.remove("application.id");
    client.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return client;
  }

  static List<Story> stories() {
    List<Story> stories = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        StoryRun.class.getResourceAsStream("/related/stories.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          JsonNode n = json.readTree(line);
          stories.add(new Story(n.get("id").asText(), n.get("story").asText(),
              n.has("repostOf") ? n.get("repostOf").asText() : null, n.get("headline").asText(), n.get("body").asText()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stories;
  }

  @Override
  public void close() {
    stopInstances();
    producer.close(Duration.ofSeconds(5));
    consumer.close(Duration.ofSeconds(5));
  }
}
