package dev.newswire.app.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * What a topic must look like: name, partitions, replication factor and topic-level configs
 * (e.g. {@code cleanup.policy=compact}). Immutable.
 */
public record TopicSpec(String name, int partitions, short replication, Map<String, String> configs) {

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("topic " + name + ": partitions must be >= 1, was " + partitions);
        }
        if (replication < 1) {
            throw new IllegalArgumentException("topic " + name + ": replication must be >= 1, was " + replication);
        }
        configs = Map.copyOf(configs);
    }

    public static TopicSpec of(String name, int partitions, int replication) {
        return new TopicSpec(name, partitions, toShort(replication), Map.of());
    }

    /** A {@code cleanup.policy=compact} topic, for tables keyed by id. */
    public static TopicSpec compacted(String name, int partitions, int replication) {
        return of(name, partitions, replication).withConfig("cleanup.policy", "compact");
    }

    /** A copy with one more topic config. */
    public TopicSpec withConfig(String key, String value) {
        final Map<String, String> more = new HashMap<>(configs);
        more.put(key, value);
        return new TopicSpec(name, partitions, replication, more);
    }

    NewTopic toNewTopic() {
        return new NewTopic(name, partitions, replication).configs(configs);
    }

    private static short toShort(int replication) {
        if (replication > Short.MAX_VALUE) {
            throw new IllegalArgumentException("replication too large: " + replication);
        }
        return (short) replication;
    }
}
