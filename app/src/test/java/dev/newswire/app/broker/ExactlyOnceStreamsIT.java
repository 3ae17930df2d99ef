package dev.newswire.app.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newswire.app.testing.EmbeddedKafkaExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Proves the single-replica internal-topic settings: an exactly_once_v2 app runs and commits. */
class ExactlyOnceStreamsIT {

    @RegisterExtension
    static final EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();

    @TempDir
    Path stateDir;

    @Test
    void shouldRunExactlyOnceV2AndCopyRecords() throws Exception {
        final String input = kafka.uniqueName("eos-in");
        final String output = kafka.uniqueName("eos-out");
        kafka.createTopics(2, input, output);
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        try (KafkaStreams streams = new KafkaStreams(upperCaseCopy(input, output), streamsConfig())) {
            streams.setUncaughtExceptionHandler(e -> {
                failure.set(e);
                return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            });
            streams.start();
            await("streams RUNNING").atMost(Duration.ofSeconds(60))
                    .until(() -> streams.state() == KafkaStreams.State.RUNNING || failure.get() != null);
            assertThat(failure.get()).isNull();

            produce(input, List.of("alpha", "beta", "gamma"));

            final List<String> copied = kafka.reader().awaitStrings(output, 3).stream()
                    .map(ConsumerRecord::value).toList();
            assertThat(copied).containsExactlyInAnyOrder("ALPHA", "BETA", "GAMMA");
        }
    }

    private static Topology upperCaseCopy(String input, String output) {
        final StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.String(), Serdes.String()))
                .mapValues(v -> v.toUpperCase(Locale.ROOT), Named.as("upper-case"))
                .to(output, Produced.with(Serdes.String(), Serdes.String()));
        return builder.build();
    }

    private Properties streamsConfig() {
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, kafka.uniqueName("eos-app"));
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return props;
    }

    private static void produce(String topic, List<String> values) throws Exception {
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(kafka.clientProperties(), new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, value, value)).get(10, TimeUnit.SECONDS);
            }
        }
    }
}
