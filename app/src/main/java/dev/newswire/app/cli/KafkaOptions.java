package dev.newswire.app.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * The options every command that talks to Kafka shares: where the brokers are, and a Kafka-style
 * properties file for everything else (security settings, topic names, client tuning).
 * A value given on the command line wins over the file.
 */
public final class KafkaOptions {

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
      description = "Kafka bootstrap servers (default: bootstrap.servers from --config, else localhost:9092).")
  String bootstrapServers;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Kafka-style properties file: client and security settings, newswire.* settings.")
  Path configFile;

  /** The merged properties: the file's, then the command line's. */
  public Properties properties() {
    Properties props = new Properties();
    if (configFile != null) {
      props.putAll(load(configFile));
    }
    if (bootstrapServers != null) {
      props.setProperty("bootstrap.servers", bootstrapServers);
    }
    props.putIfAbsent("bootstrap.servers", "localhost:9092");
    return props;
  }

  static Properties load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("config file not found: " + file);
    }
    Properties props = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read config file " + file, e);
    }
    return props;
  }
}
