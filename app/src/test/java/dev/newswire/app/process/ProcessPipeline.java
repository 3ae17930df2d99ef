package dev.newswire.app.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.app.kafka.TopicProvisioner;
import dev.newswire.app.run.IngestRun;
import dev.newswire.app.run.TopicLayout;
import dev.newswire.app.testing.EmbeddedKafkaExtension;
import dev.newswire.app.testing.TopicReader;
import dev.newswire.ingest.IngestConfig;
import dev.newswire.ingest.IngestSummary;
import dev.newswire.ingest.ProgressListener;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One test's pipeline on a broker (the shared embedded one, or any other given by its client
 * properties): unique topics, application id and state folders, the properties file the
 * {@code newswire} child processes read ({@code --config}, security settings included), a generator
 * of short articles, and readers for the raw, enriched and dead-letter topics (keys: article ids;
 * values left as bytes, since only counts and keys matter here).
 */
final class ProcessPipeline {

  private static final String[] PEOPLE = {"Angela Merkel", "Emmanuel Macron", "Barack Obama", "Olaf Scholz",
      "Jacinda Ardern", "Justin Trudeau", "Narendra Modi", "Boris Johnson", "Pedro Sanchez", "Mark Rutte"};
  private static final String[] PLACES = {"Berlin", "Paris", "London", "Madrid", "Tokyo", "Ottawa", "Canberra",
      "New Delhi", "Rome", "Amsterdam", "Vienna", "Lisbon"};
  private static final String[] ORGANISATIONS = {"the United Nations", "NATO", "the European Union",
      "the World Bank", "Siemens", "Toyota", "the World Health Organization", "Reuters", "UNICEF"};

  final TopicNames names;
  final Properties props = new Properties();
  private final Map<String, Object> client;
  private final Path root;

  /**
   * @param partitions partitions of the raw and enriched topics
   */
  ProcessPipeline(EmbeddedKafkaExtension kafka, String test, Path root, int partitions) {
    this(kafka.clientProperties(), kafka.uniqueName(test), root, partitions);
  }

  /**
   * A pipeline on the broker that {@code client} (bootstrap servers and any security settings,
   * written to every config file too) reaches; {@code prefix} names its topics and application id.
   */
  ProcessPipeline(Map<String, Object> client, String prefix, Path root, int partitions) {
    this.client = Map.copyOf(client);
    this.root = root;
    names = TopicNames.defaults().withPrefix(prefix + "-");
    client.forEach((key, value) -> props.setProperty(key, value.toString()));
    props.setProperty("application.id", prefix + "-enrich");
    props.setProperty("state.dir", root.resolve("streams").toString());
    props.putAll(names.toProperties());
    props.setProperty("newswire.topic.overrides", prefix + "-overrides");
    props.setProperty(TopicLayout.PARTITIONS_PROPERTY, Integer.toString(partitions));
    props.setProperty(IngestConfig.STATE_DIR, root.resolve("ingest-ledger").toString());
  }

  /** Creates the pipeline topics (raw, enriched, dead letters, entities, overrides). */
  ProcessPipeline createTopics() {
    new TopicProvisioner(client).ensureTopics(TopicLayout.from(props).pipelineTopics());
    return this;
  }

  /** Writes these properties, overridden by {@code extra}, to {@code <name>.properties}; for {@code --config}. */
  Path configFile(String name, Map<String, String> extra) {
    Properties file = new Properties();
    file.putAll(props);
    extra.forEach(file::setProperty);
    Path path = root.resolve(name + ".properties");
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      file.store(out, "newswire process test " + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return path;
  }

  /** {@code newswire enrich} with these topics and application id, its Streams state under {@code stateDir}. */
  NewswireProcess startEnrich(String name, Path stateDir, Map<String, String> extra) {
    return startEnrich(name, stateDir, extra, List.of());
  }

  /** {@link #startEnrich(String, Path, Map)} with extra JVM options for the child. */
  NewswireProcess startEnrich(String name, Path stateDir, Map<String, String> extra, List<String> jvmOptions) {
    Map<String, String> settings = new java.util.HashMap<>(extra);
    settings.put("state.dir", stateDir.toString());
    Path config = configFile(name, settings);
    return NewswireProcess.start(root.resolve("logs"), name, jvmOptions, "enrich", "--config", config.toString(),
        "--bootstrap-servers", bootstrapServers());
  }

  String bootstrapServers() {
    return props.getProperty("bootstrap.servers");
  }

  /** The client properties (bootstrap servers, security settings) the test's own clients use. */
  Map<String, Object> client() {
    return client;
  }

  /** The folder this pipeline keeps its files in. */
  Path root() {
    return root;
  }

  /** One JSON article of two or three sentences naming people, places and organisations. */
  static String article(String id, int n) {
    String person = PEOPLE[n % PEOPLE.length];
    String place = PLACES[n % PLACES.length];
    String other = PLACES[(n + 5) % PLACES.length];
    String org = ORGANISATIONS[n % ORGANISATIONS.length];
    String body = person + " met officials of " + org + " in " + place + " on Monday. "
        + "The talks covered trade and energy, according to a spokesperson in " + other + ". "
        + (n % 2 == 0 ? PEOPLE[(n + 3) % PEOPLE.length] + " is expected to visit " + place + " next month." : "");
    return String.format(Locale.ROOT, "{\"id\": \"%s\", \"headline\": \"%s visits %s (%d)\", \"body\": \"%s\"}",
        id, person, place, n, body.strip());
  }

  /** Ids {@code <prefix>-000} ... of {@code count} articles. */
  static List<String> ids(String prefix, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(String.format(Locale.ROOT, "%s-%03d", prefix, i));
    }
    return ids;
  }

  /** Publishes {@code ids} as a JSON Lines file with the in-JVM ingest; returns the summary. */
  IngestSummary ingest(List<String> ids) {
    return ingestBatch(ids, 0);
  }

  /** {@link #ingest}, the articles numbered from {@code first} (their text varies with the number). */
  private IngestSummary ingestBatch(List<String> ids, int first) {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < ids.size(); i++) {
      lines.append(article(ids.get(i), first + i)).append('\n');
    }
    return ingestJsonLines("articles-" + ids.get(0) + ".jsonl", lines.toString(), ids.size());
  }

  /**
   * Publishes the JSON Lines {@code lines} (written to {@code fileName}) with the in-JVM ingest and
   * checks that exactly {@code expected} articles were published, none rejected.
   */
  IngestSummary ingestJsonLines(String fileName, CharSequence lines, int expected) {
    try {
      Path file = Files.writeString(root.resolve(fileName), lines);
      IngestSummary summary = IngestRun.run(props, List.of(file.toString()), ProgressListener.NONE,
          InputStream.nullInputStream());
      assertThat(summary.articlesPublished()).as("articles published by ingest").isEqualTo(expected);
      assertThat(summary.rejected()).as("articles rejected by ingest").isZero();
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Publishes {@code ids} in batches of {@code batch}, one batch every {@code pause}, on a background
   * thread: the input arrives while enrich runs, so its transactions stay open for a while whatever
   * the speed of the machine (a fast one enriches 200 ready articles within one commit interval).
   */
  PacedFeed trickle(List<String> ids, int batch, Duration pause) {
    return PacedFeed.start("trickle-ingest", ids, batch, pause,
        (slice, first) -> Math.toIntExact(ingestBatch(slice, first).articlesPublished()));
  }

  /** The source ids (the JSON {@code id}s) of the articles on the raw topic, one per record. */
  List<String> rawSourceIds() {
    ArticleSerdes serdes = ArticleSerdes.create();
    return raw().stream()
        .map(r -> serdes.newsArticle().deserializer().deserialize(r.topic(), r.value()).getSourceId())
        .toList();
  }

  List<ConsumerRecord<String, byte[]>> raw() {
    return readAll(TopicReader.readCommitted(client), names.raw());
  }

  /** The enriched topic as a read_committed consumer sees it now. */
  List<ConsumerRecord<String, byte[]>> enrichedCommitted() {
    return readAll(TopicReader.readCommitted(client), names.enriched());
  }

  /** The enriched topic including records of aborted (and open) transactions. */
  List<ConsumerRecord<String, byte[]>> enrichedUncommitted() {
    return readAll(TopicReader.readUncommitted(client), names.enriched());
  }

  List<ConsumerRecord<String, byte[]>> deadLetters() {
    return readAll(TopicReader.readCommitted(client), names.deadLetters());
  }

  static List<String> keys(List<ConsumerRecord<String, byte[]>> records) {
    return records.stream().map(ConsumerRecord::key).toList();
  }

  private static List<ConsumerRecord<String, byte[]>> readAll(TopicReader reader, String topic) {
    return reader.readToEnd(topic, new StringDeserializer(), new ByteArrayDeserializer());
  }
}
