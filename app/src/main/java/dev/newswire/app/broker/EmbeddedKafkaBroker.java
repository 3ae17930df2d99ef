package dev.newswire.app.broker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka cluster (KRaft, combined broker and controller) running in this JVM.
 *
 * <p>In: a port (0 picks a free one), a data directory (a temporary one, deleted on close, when none
 * is given; a given one is kept and reused as it is when already formatted) and extra broker
 * properties. Out: {@link #bootstrapServers()} of a broker that accepts requests once
 * {@link #start()} returns, with single-replica internal topics so transactions and Kafka Streams
 * exactly-once work.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int MAX_BIND_ATTEMPTS = 3;

    private final int requestedPort;
    private final Path requestedDataDir;
    private final Map<String, SecurityProtocol> extraListeners;
    private final Map<String, String> extraProperties;
    private final Duration startTimeout;
    private final boolean quietLogs;

    private KafkaRaftServer server;
    private Path dataDir;
    private List<BrokerProperties.Listener> listeners = List.of();
    private boolean started;
    private boolean closed;

    private EmbeddedKafkaBroker(Builder builder) {
        this.requestedPort = builder.port;
        this.requestedDataDir = builder.dataDir;
        this.extraListeners = Collections.unmodifiableMap(new LinkedHashMap<>(builder.extraListeners));
        this.extraProperties = Map.copyOf(builder.extraProperties);
        this.startTimeout = builder.startTimeout;
        this.quietLogs = builder.quietLogs;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Formats the storage if needed, starts the broker and waits until it answers; returns {@code this}. */
    public synchronized EmbeddedKafkaBroker start() {
        if (started || closed) {
            throw new IllegalStateException("an EmbeddedKafkaBroker starts once; build a new one to restart");
        }
        started = true;
        if (quietLogs) {
            BrokerLogLevels.quietUnlessConfigured();
        }
        try {
            if (requestedPort != 0) {
                Ports.requireFree(requestedPort);
            }
            dataDir = requestedDataDir != null ? requestedDataDir : createTempDataDir();
            StorageFormatter.formatIfNeeded(dataDir);
            startWithRetries();
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startWithRetries() {
        for (int attempt = 1; ; attempt++) {
            listeners = chooseListeners();
            final int controllerPort = Ports.pickFree();
            try {
                launch(BrokerProperties.singleNode(dataDir, listeners, controllerPort, extraProperties));
                return;
            } catch (RuntimeException e) {
                stopServer();
                if (!Ports.isBindFailure(e)) {
                    throw e;
                }
                if (requestedPort != 0) {
                    throw Ports.portInUse(requestedPort, e);
                }
                if (attempt == MAX_BIND_ATTEMPTS) {
                    throw new BrokerStartException("lost the race for a free port " + attempt + " times", e);
                }
                LOG.debug("A picked port was taken meanwhile, retrying with new ports", e);
            }
        }
    }

    private List<BrokerProperties.Listener> chooseListeners() {
        final List<BrokerProperties.Listener> chosen = new ArrayList<>();
        final int port = requestedPort != 0 ? requestedPort : Ports.pickFree();
        chosen.add(new BrokerProperties.Listener(BrokerProperties.PLAINTEXT_LISTENER, SecurityProtocol.PLAINTEXT, port));
        extraListeners.forEach((name, protocol) ->
                chosen.add(new BrokerProperties.Listener(name, protocol, Ports.pickFree())));
        return List.copyOf(chosen);
    }

    private void launch(Properties props) {
        final long begin = System.nanoTime();
        final KafkaConfig config;
        try {
            config = KafkaConfig.fromProps(props, false);
        } catch (RuntimeException e) {
            throw new BrokerStartException("invalid broker configuration: " + e.getMessage(), e);
        }
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        awaitReady();
        LOG.info("Kafka broker listening on {} (data: {}) after {} ms", bootstrapServers(), dataDir,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
    }

    /** Waits until the broker answers a metadata request on its PLAINTEXT listener. */
    private void awaitReady() {
        final Map<String, Object> props = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) startTimeout.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(startTimeout.toMillis(), 10_000));
        try (Admin admin = Admin.create(props)) {
            admin.describeCluster().nodes().get(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerStartException("interrupted while waiting for the broker to start", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new BrokerStartException("broker on " + bootstrapServers() + " did not answer within "
                    + startTimeout.toSeconds() + " s", e);
        }
    }

    /** {@code localhost:port} of the PLAINTEXT listener. */
    public String bootstrapServers() {
        return bootstrapServers(BrokerProperties.PLAINTEXT_LISTENER);
    }

    /** {@code localhost:port} of the named listener (PLAINTEXT or one added with the builder). */
    public synchronized String bootstrapServers(String listenerName) {
        return listeners.stream().filter(l -> l.name().equals(listenerName)).findFirst()
                .map(l -> BrokerProperties.HOST + ":" + l.port())
                .orElseThrow(() -> new IllegalStateException(started
                        ? "no listener named " + listenerName : "the broker is not started"));
    }

    /** The bound port of the PLAINTEXT listener. */
    public synchronized int port() {
        return listeners.stream().filter(l -> l.name().equals(BrokerProperties.PLAINTEXT_LISTENER))
                .findFirst().map(BrokerProperties.Listener::port)
                .orElseThrow(() -> new IllegalStateException("the broker is not started"));
    }

    /** The data directory in use; only known once started. */
    public synchronized Path dataDir() {
        if (dataDir == null) {
            throw new IllegalStateException("the broker is not started");
        }
        return dataDir;
    }

    /** Stops the broker and waits for it; deletes the data dir when it was a temporary one. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopServer();
        if (requestedDataDir == null && dataDir != null) {
            deleteQuietly(dataDir);
        }
    }

    private void stopServer() {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Kafka broker did not shut down cleanly", e);
        } finally {
            server = null;
        }
    }

    private static Path createTempDataDir() {
        try {
            return Files.createTempDirectory("newswire-broker-");
        } catch (IOException e) {
            throw new BrokerStartException("cannot create a temporary data dir: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            Utils.delete(dir.toFile());
        } catch (IOException e) {
            LOG.warn("Cannot delete temporary broker data dir {}", dir, e);
        }
    }

    /** Options of an {@link EmbeddedKafkaBroker}; every one has a usable default. */
    public static final class Builder {
        private int port;
        private Path dataDir;
        private final Map<String, SecurityProtocol> extraListeners = new LinkedHashMap<>();
        private final Map<String, String> extraProperties = new LinkedHashMap<>();
        private Duration startTimeout = Duration.ofSeconds(60);
        private boolean quietLogs = true;

        private Builder() {
        }

        /** The PLAINTEXT port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0..65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /** A data dir that is kept after close and reused when it already holds a formatted log. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
            return this;
        }

        /** Adds a client listener on a free port, e.g. {@code ("SSL", SecurityProtocol.SSL)}. */
        public Builder listener(String name, SecurityProtocol protocol) {
            if (name.equals(BrokerProperties.PLAINTEXT_LISTENER) || name.equals(BrokerProperties.CONTROLLER_LISTENER)) {
                throw new IllegalArgumentException("listener name " + name + " is taken");
            }
            extraListeners.put(name, Objects.requireNonNull(protocol, "protocol"));
            return this;
        }

        /** A broker property that wins over the defaults (e.g. {@code listener.name.ssl.ssl.keystore.location}). */
        public Builder property(String key, String value) {
            extraProperties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder properties(Map<String, String> properties) {
            properties.forEach(this::property);
            return this;
        }

        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
            return this;
        }

        /** Whether to turn unconfigured broker loggers down to WARN (default true). */
        public Builder quietLogs(boolean quietLogs) {
            this.quietLogs = quietLogs;
            return this;
        }

        public EmbeddedKafkaBroker build() {
            return new EmbeddedKafkaBroker(this);
        }
    }
}
