package dev.newswire.app.run;

import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Watches the enriched and dead-letter topics from their beginning with {@code read_committed}, and
 * hands each enriched article and each enrich-stage dead letter to a callback. No consumer group.
 */
public final class OutputWatcher implements AutoCloseable {

  private final KafkaConsumer<String, byte[]> consumer;
  private final TopicNames names;
  private final ArticleSerdes serdes;
  private long enriched;
  private long enrichDeadLetters;

  public OutputWatcher(Map<String, Object> clientProperties, TopicNames names, ArticleSerdes serdes) {
    Map<String, Object> props = new java.util.HashMap<>(clientProperties);
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    this.names = names;
    this.serdes = serdes;
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : List.of(names.enriched(), names.deadLetters())) {
      for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
        partitions.add(new TopicPartition(topic, p.partition()));
      }
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** Polls once; returns how many outputs (enriched articles and enrich dead letters) it saw. */
  public int poll(Duration timeout, Consumer<EnrichedArticle> onArticle, Consumer<DeadLetter> onDeadLetter) {
    int seen = 0;
    for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
      if (record.topic().equals(names.enriched())) {
        onArticle.accept(serdes.enrichedArticle().decode(record.value()));
        enriched++;
        seen++;
      } else {
        DeadLetter letter = serdes.deadLetter().decode(record.value());
        if ("enrich".equals(letter.getStage())) {
          onDeadLetter.accept(letter);
          enrichDeadLetters++;
          seen++;
        }
      }
    }
    return seen;
  }

  public long enriched() {
    return enriched;
  }

  public long enrichDeadLetters() {
    return enrichDeadLetters;
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
