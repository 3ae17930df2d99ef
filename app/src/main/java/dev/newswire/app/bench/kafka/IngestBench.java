package dev.newswire.app.bench.kafka;

import dev.newswire.app.run.KafkaProperties;
import dev.newswire.ingest.ArticlePublisher;
import dev.newswire.ingest.IngestConfig;
import dev.newswire.ingest.source.InputItem;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The ingester's publish rate against Kafka's {@link ProducerPerf} on the same broker: the same
 * number of records, of the same mean size (key plus value, measured on a warm-up run), with the
 * ingester's own producer settings (idempotent, acks=all, its linger and compression), keyed as
 * ingest keys (one key per record, so both spread over the partitions alike). The
 * ingest time runs from the first input read to the final flush; making the producers is outside
 * it, as it is for ProducerPerformance. Best of {@code rounds} alternating rounds each.
 */
public final class IngestBench {

  /**
   * @param records records per measured run
   * @param meanRecordBytes mean key plus value size of an ingested article
   * @param ingestPerSecond the ingester's best rate
   * @param producerPerf ProducerPerformance's best result
   */
  public record Result(long records, double meanRecordBytes, double ingestPerSecond, ProducerPerf.Result producerPerf) {

    public double ratio() {
      return ingestPerSecond / producerPerf.recordsPerSecond();
    }
  }

  private static final int PARTITIONS = 3;
  private static final int MAX_WARM_ROUNDS = 6;
  private static final double STEADY = 0.10;

  private final BenchContext context;

  public IngestBench(BenchContext context) {
    this.context = context;
  }

  public Result run(int records, int rounds) {
    // every topic first: a producer sending the moment its topic exists has seen a partition's first
    // batch sit unsent for the whole delivery timeout here (120 s), once in a few dozen runs
    Properties warm = context.phase("ingest-warm", PARTITIONS, 1);
    BenchTopics.create(warm);
    for (int round = 0; round < MAX_WARM_ROUNDS; round++) {
      BenchTopics.create(context.phase("ingest-warm-r" + round, PARTITIONS, 1));
    }
    int warmRecords = Math.min(records, Math.max(200, records / 4));
    context.progress().update("ingest", "warming up with " + warmRecords + " articles");
    BenchIngest.ingest(warm, BenchIngest.jsonLines(context.corpus(), "warm", 0, warmRecords));
    double meanBytes = meanRecordBytes(warm, warmRecords);
    warmUntilSteady(records);
    double best = 0;
    ProducerPerf.Result bestPerf = null;
    for (int round = 0; round < rounds; round++) {
      BenchTopics.create(context.phase("ingest-r" + round, PARTITIONS, 1));
      BenchTopics.create(context.phase("producer-perf-r" + round, PARTITIONS, 1));
    }
    for (int round = 0; round < rounds; round++) {
      context.progress().update("ingest", String.format(Locale.ROOT, "round %d/%d: ingester", round + 1, rounds));
      best = Math.max(best, ingestRate(context.phase("ingest-r" + round, PARTITIONS, 1), records));
      context.progress().update("ingest", String.format(Locale.ROOT, "round %d/%d: ProducerPerformance", round + 1,
          rounds));
      ProducerPerf.Result perf = producerPerf(context.phase("producer-perf-r" + round, PARTITIONS, 1), records,
          (int) Math.round(meanBytes));
      if (bestPerf == null || perf.recordsPerSecond() > bestPerf.recordsPerSecond()) {
        bestPerf = perf;
      }
    }
    Result result = new Result(records, meanBytes, best, bestPerf);
    context.progress().finish("ingest", String.format(Locale.ROOT,
        "%d records of %.0f bytes: ingester %.0f/s, ProducerPerformance %.0f/s, ratio %.2f", records, meanBytes,
        best, bestPerf.recordsPerSecond(), result.ratio()));
    return result;
  }

  /**
   * Ingests rounds of {@code records} until two consecutive rates agree within {@link #STEADY} (at
   * most {@link #MAX_WARM_ROUNDS}): the ingester's rate still doubled between its second and third
   * round of 4,000 articles here (JIT), and a single short warm-up measured it cold.
   */
  private void warmUntilSteady(int records) {
    double previous = 0;
    for (int round = 0; round < MAX_WARM_ROUNDS; round++) {
      Properties props = context.phase("ingest-warm-r" + round, PARTITIONS, 1);
      double rate = ingestRate(props, records);
      context.progress().update("ingest", String.format(Locale.ROOT, "warm-up round %d: %.0f articles/s", round + 1,
          rate));
      if (previous > 0 && Math.abs(rate - previous) / previous < STEADY) {
        return;
      }
      previous = rate;
    }
  }

  private double ingestRate(Properties props, int records) {
    List<InputItem> inputs = BenchIngest.jsonLines(context.corpus(), "ingest", 0, records);
    IngestConfig config = IngestConfig.from(props);
    try (ArticlePublisher publisher = config.newPublisher(ArticleSerdes.create())) {
      long start = System.nanoTime();
      BenchIngest.ingest(publisher, config, inputs);
      return records / ((System.nanoTime() - start) / 1e9);
    }
  }

  private static ProducerPerf.Result producerPerf(Properties props, int records, int recordBytes) {
    Map<String, String> producer = new HashMap<>();
    IngestConfig.from(props).producerProperties("-producer-perf")
        .forEach((key, value) -> producer.put(key.toString(), value.toString()));
    return ProducerPerf.run(TopicNames.from(props).raw(), records, recordBytes, producer);
  }

  /** Mean key plus value bytes of the first {@code expected} records of the phase's raw topic. */
  private static double meanRecordBytes(Properties props, int expected) {
    Map<String, Object> client = new HashMap<>(KafkaProperties.adminProperties(props));
    client.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    String topic = TopicNames.from(props).raw();
    long bytes = 0;
    int seen = 0;
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(client, new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (seen < expected && System.nanoTime() < giveUp) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          bytes += Math.max(0, record.serializedKeySize()) + Math.max(0, record.serializedValueSize());
          seen++;
        }
      }
    }
    if (seen == 0) {
      throw new IllegalStateException("could not read back the ingested articles from " + topic);
    }
    return (double) bytes / seen;
  }
}
