package dev.newswire.app.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every partition of a topic from the beginning, without a consumer group. The
 * {@link #readCommitted} reader never returns records of open or aborted transactions.
 */
public final class TopicReader {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(100);

    private final Map<String, Object> consumerProperties;

    private TopicReader(Map<String, Object> clientProperties, String isolationLevel) {
        final Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolationLevel);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumerProperties = Map.copyOf(props);
    }

    /** A reader that sees committed records only; {@code clientProperties} holds bootstrap and security settings. */
    public static TopicReader readCommitted(Map<String, Object> clientProperties) {
        return new TopicReader(clientProperties, "read_committed");
    }

    /** A reader that also sees records of open and aborted transactions, to prove they were written. */
    public static TopicReader readUncommitted(Map<String, Object> clientProperties) {
        return new TopicReader(clientProperties, "read_uncommitted");
    }

    /** Waits until at least {@code count} committed records are readable; returns all read so far. */
    public <K, V> List<ConsumerRecord<K, V>> awaitRecords(String topic, int count, Deserializer<K> keys,
                                                         Deserializer<V> values, Duration timeout) {
        final List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = open(topic, keys, values)) {
            await("at least " + count + " committed records on " + topic)
                    .atMost(timeout).pollInSameThread().pollInterval(Duration.ZERO)
                    .until(() -> {
                        consumer.poll(POLL).forEach(records::add);
                        return records.size() >= count;
                    });
        }
        return records;
    }

    public List<ConsumerRecord<String, String>> awaitStrings(String topic, int count) {
        return awaitRecords(topic, count, new StringDeserializer(), new StringDeserializer(), DEFAULT_TIMEOUT);
    }

    /**
     * Everything committed now: reads up to the last stable offset of each partition, so a test can
     * assert that nothing else (e.g. an aborted record) is there.
     */
    public <K, V> List<ConsumerRecord<K, V>> readToEnd(String topic, Deserializer<K> keys, Deserializer<V> values) {
        final List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = open(topic, keys, values)) {
            // Under read_committed, endOffsets are the last stable offsets.
            final Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
            await("all committed records of " + topic)
                    .atMost(DEFAULT_TIMEOUT).pollInSameThread().pollInterval(Duration.ZERO)
                    .until(() -> {
                        consumer.poll(POLL).forEach(records::add);
                        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
                    });
        }
        return records;
    }

    public List<ConsumerRecord<String, String>> readStringsToEnd(String topic) {
        return readToEnd(topic, new StringDeserializer(), new StringDeserializer());
    }

    private <K, V> KafkaConsumer<K, V> open(String topic, Deserializer<K> keys, Deserializer<V> values) {
        final KafkaConsumer<K, V> consumer = new KafkaConsumer<>(consumerProperties, keys, values);
        final List<TopicPartition> partitions = consumer.partitionsFor(topic, DEFAULT_TIMEOUT).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        if (partitions.isEmpty()) {
            consumer.close();
            throw new IllegalStateException("topic " + topic + " does not exist");
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }
}
