package dev.newswire.app.broker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.app.kafka.TopicProvisioner;
import dev.newswire.app.kafka.TopicSpec;
import dev.newswire.app.testing.TopicReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Brokers started and stopped by the tests themselves: what survives a restart, what is cleaned up. */
class BrokerRestartIT {

    private static final String TOPIC = "restart-kept";

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepTopicsAndRecordsWhenRestartedOnTheSameDataDir() throws Exception {
        try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.builder().dataDir(dataDir).build().start()) {
            new TopicProvisioner(clientProperties(first)).ensureTopics(List.of(TopicSpec.of(TOPIC, 1, 1)));
            produce(first, List.of("one", "two", "three"));
        }
        assertThat(dataDir.resolve("meta.properties")).isRegularFile();
        final String metaBefore = Files.readString(dataDir.resolve("meta.properties"));

        try (EmbeddedKafkaBroker second = EmbeddedKafkaBroker.builder().dataDir(dataDir).build().start()) {
            final List<String> values = TopicReader.readCommitted(clientProperties(second))
                    .readStringsToEnd(TOPIC).stream().map(ConsumerRecord::value).toList();
            assertThat(values).containsExactly("one", "two", "three");
        }
        assertThat(Files.readString(dataDir.resolve("meta.properties")))
                .as("not re-formatted: same cluster id").isEqualTo(metaBefore);
    }

    @Test
    void shouldDeleteItsTemporaryDataDirOnClose() {
        final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start();
        final Path tempDir = broker.dataDir();
        assertThat(tempDir.resolve("meta.properties")).isRegularFile();

        broker.close();
        broker.close();

        assertThat(tempDir).doesNotExist();
    }

    private static Map<String, Object> clientProperties(EmbeddedKafkaBroker broker) {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    }

    private static void produce(EmbeddedKafkaBroker broker, List<String> values) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                clientProperties(broker), new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(TOPIC, value)).get(10, TimeUnit.SECONDS);
            }
        }
    }
}
