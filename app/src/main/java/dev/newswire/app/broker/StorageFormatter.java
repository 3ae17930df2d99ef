package dev.newswire.app.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Formats a KRaft log directory the way {@code kafka-storage.sh format} does, once.
 *
 * <p>In: a data directory. Out: the directory holds {@code meta.properties} and the bootstrap
 * snapshot. A directory that is already formatted is left alone, so restarting keeps its data.
 */
final class StorageFormatter {

    private static final Logger LOG = LoggerFactory.getLogger(StorageFormatter.class);
    private static final String META_PROPERTIES = "meta.properties";

    private StorageFormatter() {
    }

    static boolean isFormatted(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(META_PROPERTIES));
    }

    /** Formats {@code dataDir} unless it already holds a formatted log; returns whether it formatted. */
    static boolean formatIfNeeded(Path dataDir) {
        if (isFormatted(dataDir)) {
            LOG.debug("Data dir {} is already formatted, keeping its data", dataDir);
            return false;
        }
        requireEmptyOrMissing(dataDir);
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            Files.createDirectories(dataDir);
            final String dir = dataDir.toAbsolutePath().toString();
            new Formatter()
                    .setPrintStream(print)
                    .setNodeId(BrokerProperties.NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .addDirectory(dir)
                    .setMetadataLogDirectory(dir)
                    .setControllerListenerName(BrokerProperties.CONTROLLER_LISTENER)
                    .setHasDynamicQuorum(false)
                    .setWriteBootstrapSnapshot(true)
                    .run();
        } catch (Exception e) {
            throw new BrokerStartException("cannot format Kafka storage in " + dataDir + ": " + e.getMessage(), e);
        }
        LOG.debug("{}", out.toString(StandardCharsets.UTF_8).trim());
        return true;
    }

    private static void requireEmptyOrMissing(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return;
        }
        if (!Files.isDirectory(dataDir)) {
            throw new BrokerStartException("data dir " + dataDir + " is not a directory");
        }
        try (Stream<Path> entries = Files.list(dataDir)) {
            if (entries.findAny().isPresent()) {
                throw new BrokerStartException("data dir " + dataDir
                        + " is not empty and holds no Kafka log (no " + META_PROPERTIES
                        + "); choose an empty or a previous broker data directory");
            }
        } catch (IOException e) {
            throw new BrokerStartException("cannot read data dir " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
