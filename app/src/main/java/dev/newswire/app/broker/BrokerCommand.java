package dev.newswire.app.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newswire broker}: runs a single-node Kafka broker in the foreground until SIGINT/SIGTERM.
 * A restart on the same data dir keeps the topics and records.
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Runs a single-node Kafka broker (KRaft) for local development until interrupted.")
public final class BrokerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "9092",
            description = "Port of the PLAINTEXT listener; 0 picks a free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "./.newswire/broker-data",
            description = "Broker data directory, kept across restarts (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Extra broker properties (Kafka server.properties syntax); they win over the defaults.")
    Path configFile;

    private final StopSignal stopSignal;

    public BrokerCommand() {
        this(StopSignal.onJvmShutdown());
    }

    BrokerCommand(StopSignal stopSignal) {
        this.stopSignal = Objects.requireNonNull(stopSignal, "stopSignal");
    }

    @Override
    public Integer call() {
        final Map<String, String> extra;
        try {
            extra = extraProperties();
        } catch (IOException e) {
            return fail("cannot read --config " + configFile + ": " + e);
        }
        final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder()
                .port(port)
                .dataDir(dataDir)
                .properties(extra)
                .build();
        stopSignal.install();
        try (broker) {
            broker.start();
            final PrintWriter out = spec.commandLine().getOut();
            out.printf("newswire broker listening on %s (data: %s)%n", broker.bootstrapServers(), dataDir);
            out.flush();
            stopSignal.await();
        } catch (BrokerStartException e) {
            return fail(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopSignal.stopped();
        }
        return 0;
    }

    private int fail(String message) {
        final PrintWriter err = spec.commandLine().getErr();
        err.println("newswire broker: " + message);
        err.flush();
        return 1;
    }

    private Map<String, String> extraProperties() throws IOException {
        if (configFile == null) {
            return Map.of();
        }
        final Properties props = new Properties();
        try (InputStream in = Files.newInputStream(configFile)) {
            props.load(in);
        }
        final Map<String, String> result = new LinkedHashMap<>();
        props.stringPropertyNames().forEach(key -> result.put(key, props.getProperty(key).trim()));
        return result;
    }
}
