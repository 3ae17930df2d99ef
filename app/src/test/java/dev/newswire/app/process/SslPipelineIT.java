package dev.newswire.app.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.app.broker.EmbeddedKafkaBroker;
import dev.newswire.app.testing.TestCertificates;
import dev.newswire.app.testing.TopicReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, security: the pipeline runs against a broker whose client listener is SSL with mutual TLS
 * ({@code ssl.client.auth=required}), every {@code newswire} command configured by nothing but its
 * {@code --config} properties file (keystores and truststore made in the test). {@code ingest}
 * publishes 3 articles, {@code enrich} enriches them, {@code tail} reads them back and
 * {@code override} writes an override, each as a child process, so every Kafka client newswire makes
 * (admin, producers, Streams' consumers, producers and admin, the plain consumer) goes over TLS. A
 * plaintext client and a TLS client without a certificate are refused, and no process logs a
 * password, though the Kafka clients log their whole configuration (Kafka logging at INFO).
 */
@Tag("slow")
class SslPipelineIT {

  private static final String LISTENER = "SSL";
  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final List<String> KAFKA_INFO_LOGS = List.of("-DNEWSWIRE_KAFKA_LOG_LEVEL=INFO");

  @TempDir
  Path temp;

  @Test
  void shouldRunThePipelineOverMutualTlsWithoutLoggingSecrets() throws IOException {
    TestCertificates certs = TestCertificates.create(temp.resolve("certs"));
    try (EmbeddedKafkaBroker broker = sslBroker(certs).start()) {
      ProcessPipeline pipeline = new ProcessPipeline(sslClient(broker, certs, true),
          "ssl-" + UUID.randomUUID().toString().substring(0, 8), temp, 2);
      List<String> ids = ProcessPipeline.ids("ssl", 3);
      Path articles = writeArticles(ids);
      Path config = pipeline.configFile("ssl-client", Map.of());
      Path logs = temp.resolve("logs");

      try (NewswireProcess enrich = pipeline.startEnrich("enrich", temp.resolve("enrich-state"), Map.of(),
              KAFKA_INFO_LOGS);
          NewswireProcess ingest = NewswireProcess.start(logs, "ingest", KAFKA_INFO_LOGS, "ingest",
              "--config", config.toString(), articles.toString())) {
        assertThat(ingest.awaitExit(TIMEOUT)).as("ingest exit code\n%s", ingest.tail(40)).isZero();
        EnrichRuns.awaitRunning(enrich);
        EnrichRuns.awaitExactlyCommitted(pipeline, ids.size(), enrich);

        assertThat(pipeline.rawSourceIds()).as("raw articles, read over TLS").containsExactlyInAnyOrderElementsOf(ids);
        List<String> enrichedKeys = ProcessPipeline.keys(pipeline.enrichedCommitted());
        assertThat(enrichedKeys).as("enriched articles, read over TLS").hasSize(ids.size())
            .containsExactlyInAnyOrderElementsOf(ProcessPipeline.keys(pipeline.raw()));
        assertThat(pipeline.deadLetters()).as("dead letters").isEmpty();

        assertThat(tailSourceIds(pipeline, logs, config)).as("source ids of the enriched articles newswire tail read")
            .containsExactlyInAnyOrderElementsOf(ids);
        assertOverrideWritten(pipeline, logs, config);

        enrich.terminate();
        assertThat(enrich.awaitExit(Duration.ofSeconds(60))).as("enrich exit code after SIGTERM (128 + 15)")
            .isEqualTo(143);
        assertNoSecretsLogged(certs, logs);
        assertThat(enrich.output()).as("enrich's Kafka clients log their configuration, passwords hidden")
            .contains("security.protocol = SSL")
            .contains("ssl.keystore.password = [hidden]")
            .contains("ssl.truststore.password = [hidden]")
            .contains("ssl.key.password = [hidden]");
      }

      assertPlaintextRefused(broker);
      assertClientWithoutCertificateRefused(broker, certs);
    }
  }

  /** A broker with an SSL listener that demands a client certificate signed by the test CA. */
  private static EmbeddedKafkaBroker sslBroker(TestCertificates certs) {
    String prefix = "listener.name.ssl.";
    return EmbeddedKafkaBroker.builder()
        .listener(LISTENER, SecurityProtocol.SSL)
        .property(prefix + SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, certs.broker().path().toString())
        .property(prefix + SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, certs.broker().password())
        .property(prefix + SslConfigs.SSL_KEY_PASSWORD_CONFIG, certs.broker().password())
        .property(prefix + SslConfigs.SSL_KEYSTORE_TYPE_CONFIG, "PKCS12")
        .property(prefix + SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, certs.truststore().path().toString())
        .property(prefix + SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, certs.truststore().password())
        .property(prefix + SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PKCS12")
        .property(prefix + "ssl.client.auth", "required")
        .build();
  }

  /** Client settings for the SSL listener; with or without the client's own certificate. */
  private static Map<String, Object> sslClient(EmbeddedKafkaBroker broker, TestCertificates certs,
      boolean withCertificate) {
    Map<String, Object> client = new HashMap<>();
    client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(LISTENER));
    client.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SSL");
    client.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, certs.truststore().path().toString());
    client.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, certs.truststore().password());
    client.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PKCS12");
    if (withCertificate) {
      client.put(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, certs.client().path().toString());
      client.put(SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, certs.client().password());
      client.put(SslConfigs.SSL_KEY_PASSWORD_CONFIG, certs.client().password());
      client.put(SslConfigs.SSL_KEYSTORE_TYPE_CONFIG, "PKCS12");
    }
    return client;
  }

  private Path writeArticles(List<String> ids) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < ids.size(); i++) {
      lines.append(ProcessPipeline.article(ids.get(i), i)).append('\n');
    }
    return Files.writeString(temp.resolve("ssl-articles.jsonl"), lines);
  }

  private static List<String> tailSourceIds(ProcessPipeline pipeline, Path logs, Path config) {
    try (NewswireProcess tail = NewswireProcess.start(logs, "tail", KAFKA_INFO_LOGS, "tail", "--config",
        config.toString(), "--topic", pipeline.names.enriched(), "--from-beginning", "--json", "--max", "3",
        "--timeout", "60")) {
      assertThat(tail.awaitExit(TIMEOUT)).as("tail exit code\n%s", tail.tail(40)).isZero();
      ObjectMapper json = new ObjectMapper();
      return tail.stdout().lines().filter(line -> line.startsWith("{")).map(line -> {
        try {
          JsonNode node = json.readTree(line);
          return node.get("sourceId").asText();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    }
  }

  private static void assertOverrideWritten(ProcessPipeline pipeline, Path logs, Path config) {
    try (NewswireProcess override = NewswireProcess.start(logs, "override", KAFKA_INFO_LOGS, "override",
        "--config", config.toString(), "--surface", "Newswire Test Agency", "--title", "Newswire_Test_Agency",
        "--type", "ORGANIZATION")) {
      assertThat(override.awaitExit(TIMEOUT)).as("override exit code\n%s", override.tail(40)).isZero();
    }
    List<ConsumerRecord<String, String>> overrides = TopicReader.readCommitted(pipeline.client())
        .readStringsToEnd(pipeline.props.getProperty("newswire.topic.overrides"));
    assertThat(overrides).extracting(ConsumerRecord::key).containsExactly("Newswire Test Agency");
    assertThat(overrides.get(0).value()).contains("\"title\":\"Newswire_Test_Agency\"");
  }

  /** The complete stdout and stderr of every child contain none of the store passwords. */
  private static void assertNoSecretsLogged(TestCertificates certs, Path logs) throws IOException {
    List<Path> files;
    try (var list = Files.list(logs)) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".log")).sorted().toList();
    }
    assertThat(files).as("child logs").hasSize(8);
    for (Path file : files) {
      String log = Files.readString(file);
      for (String password : certs.passwords()) {
        assertThat(log).as("%s must not contain a password", file.getFileName()).doesNotContain(password);
      }
    }
  }

  /** A client speaking plaintext to the SSL port never gets an answer. */
  private static void assertPlaintextRefused(EmbeddedKafkaBroker broker) {
    Map<String, Object> plain = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(LISTENER),
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
    Throwable failure = describeCluster(plain);
    assertThat(failure).as("plaintext client on the SSL port").isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(TimeoutException.class);
  }

  /** Mutual TLS: a TLS client that trusts the broker but has no certificate of its own is refused. */
  private static void assertClientWithoutCertificateRefused(EmbeddedKafkaBroker broker, TestCertificates certs) {
    Map<String, Object> noCertificate = new HashMap<>(sslClient(broker, certs, false));
    noCertificate.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
    noCertificate.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    Throwable failure = describeCluster(noCertificate);
    assertThat(failure).as("TLS client without a certificate").isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(AuthenticationException.class);
  }

  private static Throwable describeCluster(Map<String, Object> client) {
    try (Admin admin = Admin.create(client)) {
      return catchThrowable(() -> admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS));
    }
  }
}
