package dev.newswire.app.bench.kafka;

import dev.newswire.app.run.KafkaProperties;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a phase's enriched topic from its beginning ({@code read_committed}, no group) and notes,
 * for each enriched article, when the bench saw it. The record timestamp is the ingest send time:
 * the producer stamps it and Kafka Streams carries it to the output record. Not thread-safe.
 */
public final class OutputProbe implements AutoCloseable {

  /**
   * One enriched article as the bench saw it.
   *
   * @param sourceId the bench source id ({@link BenchIngest#sourceId})
   * @param sentMillis the record timestamp: when ingest sent the raw article
   * @param seenMillis wall-clock time the bench received the enriched article
   * @param seenNanos the same moment on the monotonic clock
   * @param processingMillis enrich's own processing time for the article
   * @param enrichedMillis when enrich finished the article (its NER stage, before the related-links hop)
   */
  public record Output(String sourceId, long sentMillis, long seenMillis, long seenNanos, long processingMillis,
      long enrichedMillis) {

    public long latencyMillis() {
      return seenMillis - sentMillis;
    }
  }

  private final KafkaConsumer<String, byte[]> consumer;
  private final ArticleSerdes serdes = ArticleSerdes.create();

  public OutputProbe(Properties phase) {
    Map<String, Object> props = new HashMap<>(KafkaProperties.clientProperties(phase));
    props.keySet().removeIf(key -> key.startsWith("application.") || key.startsWith("num.stream")
        || key.startsWith("state."));
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-bench-probe");
    this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    String topic = TopicNames.from(phase).enriched();
    List<TopicPartition> partitions = new ArrayList<>();
    for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
      partitions.add(new TopicPartition(topic, p.partition()));
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** The enriched articles that arrived within {@code timeout} (possibly none). */
  public List<Output> poll(Duration timeout) {
    ConsumerRecords<String, byte[]> records = consumer.poll(timeout);
    long seenMillis = System.currentTimeMillis();
    long seenNanos = System.nanoTime();
    List<Output> outputs = new ArrayList<>(records.count());
    for (ConsumerRecord<String, byte[]> record : records) {
      EnrichedArticle article = serdes.enrichedArticle().decode(record.value());
      outputs.add(new Output(article.getSourceId(), record.timestamp(), seenMillis, seenNanos,
          article.getEnrichment().getProcessingMillis(), article.getEnrichment().getEnrichedAt().toEpochMilli()));
    }
    return outputs;
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
