package dev.newswire.schemas.topic;

import org.apache.kafka.common.serialization.Serde;

/**
 * One Kafka topic with the types of its keys and values. Streams code uses it through
 * {@code Consumed.with(topic.keySerde(), topic.valueSerde())}; never through default serdes.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {}
