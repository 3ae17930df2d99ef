package dev.newswire.app.broker;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.common.security.auth.SecurityProtocol;

/**
 * The broker properties of a single-node KRaft cluster (combined broker and controller).
 *
 * <p>In: the data directory, the bound port of every client listener (the first one is the
 * inter-broker listener), the controller port and extra properties, which win over the defaults.
 * Out: {@link Properties} ready for {@code KafkaConfig.fromProps}. Pure: no I/O.
 */
public final class BrokerProperties {

    public static final int NODE_ID = 1;
    public static final String CONTROLLER_LISTENER = "CONTROLLER";
    public static final String PLAINTEXT_LISTENER = "PLAINTEXT";
    static final String HOST = "localhost";

    private BrokerProperties() {
    }

    /** A client listener: name (as used in {@code listeners}), its security protocol and port. */
    public record Listener(String name, SecurityProtocol protocol, int port) {
        String address() {
            return name + "://" + HOST + ":" + port;
        }
    }

    /** Builds the properties; {@code listeners} must not be empty and its first entry is inter-broker. */
    public static Properties singleNode(Path dataDir, Iterable<Listener> listeners, int controllerPort,
                                        Map<String, String> extraProperties) {
        final Map<String, String> props = new LinkedHashMap<>();
        props.putAll(roles(controllerPort));
        props.putAll(listenerSettings(listeners, controllerPort));
        props.putAll(storage(dataDir));
        props.putAll(singleReplicaInternalTopics());
        props.putAll(devDefaults());
        props.putAll(extraProperties);
        final Properties result = new Properties();
        result.putAll(props);
        return result;
    }

    private static Map<String, String> roles(int controllerPort) {
        return Map.of(
                "node.id", Integer.toString(NODE_ID),
                "process.roles", "broker,controller",
                // Static voters: the quorum does not remember an endpoint, so a restart may use new ports.
                "controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort,
                "controller.listener.names", CONTROLLER_LISTENER);
    }

    private static Map<String, String> listenerSettings(Iterable<Listener> listeners, int controllerPort) {
        final Map<String, Listener> byName = new LinkedHashMap<>();
        listeners.forEach(l -> byName.put(l.name(), l));
        if (byName.isEmpty()) {
            throw new IllegalArgumentException("at least one client listener is required");
        }
        final String clientListeners = byName.values().stream().map(Listener::address)
                .collect(Collectors.joining(","));
        final String protocolMap = byName.values().stream().map(l -> l.name() + ":" + l.protocol().name)
                .collect(Collectors.joining(",", CONTROLLER_LISTENER + ":PLAINTEXT,", ""));
        return Map.of(
                "listeners", clientListeners + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort,
                "advertised.listeners", clientListeners,
                "listener.security.protocol.map", protocolMap,
                "inter.broker.listener.name", byName.keySet().iterator().next());
    }

    private static Map<String, String> storage(Path dataDir) {
        final String dir = dataDir.toAbsolutePath().toString();
        return Map.of("log.dirs", dir, "metadata.log.dir", dir);
    }

    /** Without these, transactions and Kafka Streams exactly-once wait forever for three replicas. */
    private static Map<String, String> singleReplicaInternalTopics() {
        return Map.of(
                "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "share.coordinator.state.topic.replication.factor", "1",
                "share.coordinator.state.topic.min.isr", "1",
                // Fewer internal partitions make the first group join and first transaction much faster.
                "offsets.topic.num.partitions", "5",
                "transaction.state.log.num.partitions", "5",
                "share.coordinator.state.topic.num.partitions", "5");
    }

    private static Map<String, String> devDefaults() {
        return Map.of(
                "num.partitions", "1",
                "default.replication.factor", "1",
                "min.insync.replicas", "1",
                // newswire creates its topics explicitly; auto-creation would hide a misspelt topic.
                "auto.create.topics.enable", "false",
                "group.initial.rebalance.delay.ms", "0",
                // The 128 MiB default dedupe buffer dominates the heap of a small broker.
                "log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024),
                "num.network.threads", "2",
                "num.io.threads", "4");
    }
}
