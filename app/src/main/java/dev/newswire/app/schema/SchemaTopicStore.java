package dev.newswire.app.schema;

import dev.newswire.schemas.catalog.Fingerprints;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Avro {@link SchemaStore} over the schema topic, for fingerprints a decoder does not ship. On a
 * fingerprint it has not seen, it reads the whole (small, compacted) topic to its end, within the
 * topic's lookup timeout, and keeps every schema it found; a record whose key is not the fingerprint
 * of its value is skipped. A fingerprint still unknown after a read is answered null (the event is
 * undecodable) without reading again for {@link #MISS_MEMORY}; a read that cannot finish in time
 * throws {@link SchemaLookupException} (retriable). Thread-safe; it holds no open client between lookups.
 */
public final class SchemaTopicStore implements SchemaStore {

  /** How long a fingerprint the topic did not have is answered from memory. */
  static final Duration MISS_MEMORY = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(SchemaTopicStore.class);
  private static final Duration POLL = Duration.ofMillis(100);

  private final SchemaTopic topic;
  private final Clock clock;
  private final Map<Long, Schema> found = new ConcurrentHashMap<>();
  private final Map<Long, Instant> misses = new HashMap<>();

  public SchemaTopicStore(SchemaTopic topic) {
    this(topic, Clock.systemUTC());
  }

  SchemaTopicStore(SchemaTopic topic, Clock clock) {
    this.topic = topic;
    this.clock = clock;
  }

  @Override
  public Schema findByFingerprint(long fingerprint) {
    Schema known = found.get(fingerprint);
    return known != null ? known : lookUp(fingerprint);
  }

  private synchronized Schema lookUp(long fingerprint) {
    Schema known = found.get(fingerprint);
    if (known != null) {
      return known;
    }
    Instant missed = misses.get(fingerprint);
    if (missed != null && clock.instant().isBefore(missed.plus(MISS_MEMORY))) {
      return null;
    }
    readAll();
    known = found.get(fingerprint);
    if (known == null) {
      misses.put(fingerprint, clock.instant());
      LOG.warn("schema {} is not in {}", Fingerprints.toWireHex(fingerprint), topic.name());
    } else {
      misses.remove(fingerprint);
    }
    return known;
  }

  private void readAll() {
    Instant deadline = clock.instant().plus(topic.lookupTimeout());
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties(),
        new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), topic.lookupTimeout()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      if (partitions.isEmpty()) {
        LOG.warn("schema topic {} does not exist", topic.name());
        return;
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, remaining(deadline));
      while (!partitions.stream().allMatch(p -> consumer.position(p, remaining(deadline)) >= end.get(p))) {
        if (!clock.instant().isBefore(deadline)) {
          throw new SchemaLookupException("schema topic " + topic.name() + " not read to its end within "
              + topic.lookupTimeout().toMillis() + " ms", null);
        }
        consumer.poll(POLL).forEach(this::keep);
      }
    } catch (SchemaLookupException e) {
      throw e;
    } catch (KafkaException e) {
      throw new SchemaLookupException("cannot read schema topic " + topic.name() + ": " + e.getMessage(), e);
    }
  }

  private void keep(ConsumerRecord<String, String> record) {
    if (record.value() == null) {
      return;
    }
    try {
      long key = Fingerprints.fromWireHex(record.key());
      Schema schema = new Schema.Parser().parse(record.value());
      if (Fingerprints.of(schema) != key) {
        LOG.warn("skipping {}@{}: its schema's fingerprint is {}, not its key {}", topic.name(), record.offset(),
            Fingerprints.toWireHex(Fingerprints.of(schema)), record.key());
        return;
      }
      found.putIfAbsent(key, schema);
    } catch (IllegalArgumentException | SchemaParseException e) {
      LOG.warn("skipping {}@{}: not a schema record: {}", topic.name(), record.offset(), e.getMessage());
    }
  }

  private Duration remaining(Instant deadline) {
    Duration left = Duration.between(clock.instant(), deadline);
    return left.isNegative() ? Duration.ZERO : left;
  }

  private Map<String, Object> consumerProperties() {
    Map<String, Object> props = new HashMap<>(topic.clientProperties());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-schema-lookup");
    int millis = (int) Math.min(Integer.MAX_VALUE, topic.lookupTimeout().toMillis());
    props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
    props.putIfAbsent(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(millis, 15_000));
    return props;
  }
}
