package dev.newswire.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.app.broker.EmbeddedKafkaBroker;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedKafkaExtension.class)
class EmbeddedKafkaExtensionIT {

    @Test
    void shouldInjectTheClassBrokerAndItself(EmbeddedKafkaBroker broker, EmbeddedKafkaExtension kafka) {
        assertThat(kafka.broker()).isSameAs(broker);
        assertThat(kafka.bootstrapServers()).isEqualTo(broker.bootstrapServers());
    }

    @Test
    void shouldHandOutDistinctLegalNames(EmbeddedKafkaExtension kafka) {
        final String first = kafka.uniqueName("Articles Raw/Ä");
        final String second = kafka.uniqueName("Articles Raw/Ä");

        assertThat(first).isNotEqualTo(second).matches("[a-z0-9._-]+").startsWith("articles-raw--");
    }

    @Test
    void shouldAwaitRecordsProducedAcrossPartitions(EmbeddedKafkaExtension kafka) throws Exception {
        final String topic = kafka.uniqueName("reader");
        kafka.createTopics(3, topic);
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(kafka.clientProperties(), new StringSerializer(), new StringSerializer())) {
            for (String key : List.of("k1", "k2", "k3", "k4")) {
                producer.send(new ProducerRecord<>(topic, key, "v-" + key)).get(10, TimeUnit.SECONDS);
            }
        }

        assertThat(kafka.reader().awaitStrings(topic, 4)).extracting(ConsumerRecord::value)
                .containsExactlyInAnyOrder("v-k1", "v-k2", "v-k3", "v-k4");
    }

    @Nested
    class WhenNested {
        @Test
        void shouldShareTheOuterBroker(EmbeddedKafkaBroker broker, EmbeddedKafkaExtension kafka) {
            assertThat(kafka.broker()).isSameAs(broker);
            assertThat(kafka.reader()).isNotNull();
        }
    }
}
