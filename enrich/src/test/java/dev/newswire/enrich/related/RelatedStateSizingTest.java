package dev.newswire.enrich.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.EntityType;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.junit.jupiter.api.Test;
import org.rocksdb.FlushOptions;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures (and logs; no timing assertions) the related-links state for a day of wire: 5,000
 * synthetic articles of ~10 entities each over 24 hours (500 stories of 3 story entities, a Zipf
 * background of 20,000 entities, a few hubs). Reports entries and bytes per store, the changelog
 * bytes written, and the time to load the compacted changelogs into a fresh RocksDB, the local part
 * of a restore. {@code -Dnewswire.sizing.days=30} measures a full story window (150,000 articles).
 */
class RelatedStateSizingTest {

  private static final Logger LOG = LoggerFactory.getLogger(RelatedStateSizingTest.class);
  private static final int ARTICLES_PER_DAY = 5_000;
  private static final int STORIES_PER_DAY = 500;
  private static final int BACKGROUND = 20_000;
  private static final List<String> STORES = List.of(RelatedStores.ARTICLES, RelatedStores.TIMELINE,
      RelatedStores.ENTITIES, RelatedStores.POSTINGS, RelatedStores.COOCCURRENCE, RelatedStores.STATS,
      RelatedStores.TERMS, RelatedStores.TERM_POSTINGS, RelatedStores.STORIES);

  @Test
  void shouldMeasureStateOfADayOfWire() throws Exception {
    int days = Integer.getInteger("newswire.sizing.days", 1);
    int articles = ARTICLES_PER_DAY * days;
    // linked as they come (no sequencing delay), so the driver processes each article as it is piped
    RelatedConfig config = RelatedConfig.from(Map.of(RelatedConfig.SEQUENCE_QUIET_PROPERTY, "0"));
    ArticleSerdes serdes = ArticleSerdes.create();
    Map<String, Changelog> changelogs = new LinkedHashMap<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (TopologyTestDriver driver = RelatedTestTopology.driver(config, serdes, Instant.EPOCH)) {
      TestInputTopic<String, EnrichedArticle> input =
          driver.createInputTopic(RelatedTestTopology.IN, new StringSerializer(), serdes.enrichedArticle());
      // the step's own outputs, drained with the changelogs so that the driver does not keep them all
      List<TestOutputTopic<String, byte[]>> outputs = Stream.of(RelatedTestTopology.OUT, config.entitiesTopic(),
              TopicNames.DEFAULT_STORIES)
          .map(topic -> driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer()))
          .toList();
      STORES.forEach(store -> changelogs.put(store, new Changelog(driver.createOutputTopic(
          RelatedTestTopology.APPLICATION_ID + "-" + store + "-changelog", new ByteArrayDeserializer(),
          new ByteArrayDeserializer()))));
      Random random = new Random(42);
      long cpu = 0;
      long started = System.nanoTime();
      for (int i = 0; i < articles; i++) {
        EnrichedArticle article = synthetic(i, articles, days, random);
        long before = threads.getCurrentThreadCpuTime();
        input.pipeInput(article.getId(), article, article.getIngestedAt());
        cpu += threads.getCurrentThreadCpuTime() - before;
        if (i % 1_000 == 999) {
          changelogs.values().forEach(Changelog::drain); // the driver keeps every record until read
          outputs.forEach(TestOutputTopic::readRecordsToList);
        }
      }
      long wall = System.nanoTime() - started;
      changelogs.values().forEach(Changelog::drain);
      LOG.info("{} articles over {} day(s): {} ms wall (with generation and draining), {} us CPU per article"
          + " (test driver, Avro serdes and a commit per record included)", articles, days, wall / 1_000_000,
          cpu / 1_000 / articles);
      report(changelogs); // before the checks, so that a long run always leaves its figures
      assertBounded(driver, config, articles, days);
    }
    LOG.info("the same articles through the same driver, sequence topic and serdes without the step: {} us CPU"
        + " per article", baselineCpuMicros(articles, days, serdes));
  }

  /** Articles published no earlier than the window before the last one (the boundary is inside). */
  private static long inWindow(int articles, int days, Duration window) {
    long last = publishedMillis(articles - 1, articles, days);
    long count = 0;
    for (int i = 0; i < articles; i++) {
      count += publishedMillis(i, articles, days) >= last - window.toMillis() ? 1 : 0;
    }
    return count;
  }

  private static long publishedMillis(int i, int articles, int days) {
    return Duration.ofDays(days).toMillis() * i / articles;
  }

  private static void assertBounded(TopologyTestDriver driver, RelatedConfig config, int articles, int days) {
    assertThat(driver.<String, Long>getKeyValueStore(RelatedStores.STATS).get(RelatedIndex.ARTICLE_COUNT))
        .isEqualTo(inWindow(articles, days, config.window()));
    assertThat(driver.<String, Long>getKeyValueStore(RelatedStores.STATS).get(RelatedIndex.TOPIC_ARTICLE_COUNT))
        .isEqualTo(inWindow(articles, days, config.topicWindow()));
    try (var postings = driver.<String, Postings>getKeyValueStore(RelatedStores.POSTINGS).all();
        var partners = driver.<String, Cooccurrences>getKeyValueStore(RelatedStores.COOCCURRENCE).all()) {
      postings.forEachRemaining(entry -> assertThat(entry.value.size()).isLessThanOrEqualTo(config.maxPostings()));
      partners.forEachRemaining(entry -> assertThat(entry.value.size()).isLessThanOrEqualTo(config.maxCooccurring()));
    }
  }

  /** One store's changelog as a broker would keep it after compaction, and the bytes written to it. */
  private static final class Changelog {
    private final TestOutputTopic<byte[], byte[]> topic;
    private final Map<String, KeyValue<byte[], byte[]>> latest = new LinkedHashMap<>();
    private long records;
    private long written;

    Changelog(TestOutputTopic<byte[], byte[]> topic) {
      this.topic = topic;
    }

    void drain() {
      for (KeyValue<byte[], byte[]> record : topic.readKeyValuesToList()) {
        records++;
        written += record.key.length + (record.value == null ? 0 : record.value.length);
        String key = HexFormat.of().formatHex(record.key);
        if (record.value == null) {
          latest.remove(key);
        } else {
          latest.put(key, record);
        }
      }
    }

    long live() {
      return latest.values().stream().mapToLong(record -> record.key.length + record.value.length).sum();
    }
  }

  /** CPU per article of the test driver, serdes and one-partition repartition alone, to subtract. */
  private static long baselineCpuMicros(int articles, int days, ArticleSerdes serdes) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(RelatedTestTopology.IN, Consumed.with(Serdes.String(), serdes.enrichedArticle()))
        .repartition(Repartitioned.with(Serdes.String(), serdes.enrichedArticle()).withNumberOfPartitions(1))
        .to(RelatedTestTopology.OUT, Produced.with(Serdes.String(), serdes.enrichedArticle()));
    Properties properties = new Properties();
    properties.put("application.id", RelatedTestTopology.APPLICATION_ID);
    properties.put("bootstrap.servers", "unused:9092");
    properties.put("processing.guarantee", "exactly_once_v2");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), properties)) {
      TestInputTopic<String, EnrichedArticle> input =
          driver.createInputTopic(RelatedTestTopology.IN, new StringSerializer(), serdes.enrichedArticle());
      Random random = new Random(42);
      List<EnrichedArticle> generated = new ArrayList<>();
      for (int i = 0; i < articles; i++) {
        generated.add(synthetic(i, articles, days, random));
      }
      long started = threads.getCurrentThreadCpuTime();
      for (EnrichedArticle article : generated) {
        input.pipeInput(article.getId(), article, article.getIngestedAt());
      }
      return (threads.getCurrentThreadCpuTime() - started) / 1_000 / articles;
    }
  }

  private static void report(Map<String, Changelog> changelogs) throws Exception {
    long totalLive = 0;
    long totalWritten = 0;
    for (Map.Entry<String, Changelog> log : changelogs.entrySet()) {
      Changelog changelog = log.getValue();
      totalLive += changelog.live();
      totalWritten += changelog.written;
      LOG.info(String.format(Locale.ROOT, "%-22s %8d entries %10.2f MB live %10.2f MB changelog written (%d records)",
          log.getKey(), changelog.latest.size(), mb(changelog.live()), mb(changelog.written), changelog.records));
    }
    LOG.info(String.format(Locale.ROOT, "total %.2f MB live state, %.2f MB changelog written", mb(totalLive),
        mb(totalWritten)));
    LOG.info("loading the compacted changelogs into a fresh RocksDB took {} ms", loadMillis(changelogs));
  }

  /** Writes every live entry in batches, as a restore does, and returns the milliseconds taken. */
  private static long loadMillis(Map<String, Changelog> changelogs) throws Exception {
    RocksDB.loadLibrary();
    Path dir = Files.createTempDirectory("related-restore");
    long started = System.nanoTime();
    try (Options options = new Options().setCreateIfMissing(true);
        WriteOptions write = new WriteOptions().setDisableWAL(true)) {
      for (Map.Entry<String, Changelog> store : changelogs.entrySet()) {
        try (RocksDB db = RocksDB.open(options, dir.resolve(store.getKey()).toString());
            WriteBatch batch = new WriteBatch();
            FlushOptions flush = new FlushOptions().setWaitForFlush(true)) {
          for (KeyValue<byte[], byte[]> record : store.getValue().latest.values()) {
            batch.put(record.key, record.value);
          }
          db.write(write, batch);
          db.flush(flush);
        }
      }
    }
    return (System.nanoTime() - started) / 1_000_000;
  }

  private static EnrichedArticle synthetic(int i, int articles, int days, Random random) {
    Instant published = Instant.parse("2024-05-01T00:00:00Z")
        .plusMillis(Duration.ofDays(days).toMillis() * i / articles);
    int story = (i / 10) * 10 % STORIES_PER_DAY + random.nextInt(10) + (i / ARTICLES_PER_DAY) * STORIES_PER_DAY;
    Set<String> ids = new LinkedHashSet<>();
    List<Entity> entities = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      add(entities, ids, "Story_" + story + "_Entity_" + s, 1.0 - 0.2 * s);
    }
    if (random.nextInt(4) == 0) {
      add(entities, ids, "United_States", 0.4);
    }
    while (entities.size() < 10) {
      add(entities, ids, "Background_Entity_" + zipf(random), 0.1 + 0.3 * random.nextDouble());
    }
    return EnrichedArticle.newBuilder(Wire.article("article-" + i, published, body(random)))
        .setEntities(entities).build();
  }

  private static void add(List<Entity> entities, Set<String> ids, String kbId, double salience) {
    if (ids.add(kbId)) {
      entities.add(Entity.newBuilder().setId("w-" + kbId).setName(kbId.replace('_', ' '))
          .setType(EntityType.MISC).setKbId(kbId).setKbUrl("https://en.wikipedia.org/wiki/" + kbId)
          .setSalience(Math.round(salience * 10_000) / 10_000.0).build());
    }
  }

  /** A Zipf(1) draw over the background vocabulary, by inverse transform on the harmonic series. */
  private static int zipf(Random random) {
    double harmonic = Math.log(BACKGROUND) + 0.5772;
    return (int) Math.min(BACKGROUND - 1, Math.floor(Math.exp(random.nextDouble() * harmonic - 0.5772)));
  }

  private static String body(Random random) {
    StringBuilder body = new StringBuilder();
    for (int w = 0; w < 400; w++) {
      body.append("word").append(random.nextInt(5_000)).append(' ');
    }
    return body.toString();
  }

  private static double mb(long bytes) {
    return bytes / 1_000_000.0;
  }
}
