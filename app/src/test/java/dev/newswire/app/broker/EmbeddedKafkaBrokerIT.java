package dev.newswire.app.broker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.app.testing.EmbeddedKafkaExtension;
import dev.newswire.app.testing.TopicReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmbeddedKafkaBrokerIT {

    @RegisterExtension
    static final EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();

    @Test
    void shouldAnswerOnTheReportedPort() throws Exception {
        assertThat(kafka.bootstrapServers()).isEqualTo("localhost:" + kafka.broker().port());
        assertThat(kafka.broker().port()).isPositive();
        try (Admin admin = Admin.create(kafka.clientProperties())) {
            final List<Integer> ids = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS)
                    .stream().map(Node::id).toList();
            assertThat(ids).containsExactly(BrokerProperties.NODE_ID);
        }
    }

    @Test
    void shouldShowOnlyCommittedTransactionsToReadCommittedConsumers() throws Exception {
        final String topic = kafka.uniqueName("tx");
        kafka.createTopics(2, topic);
        try (KafkaProducer<String, String> producer = transactionalProducer(kafka.uniqueName("tx-id"))) {
            producer.initTransactions();
            sendInTransaction(producer, topic, List.of("a", "b"));
            producer.commitTransaction();
            sendInTransaction(producer, topic, List.of("aborted"));
            producer.abortTransaction();
            sendInTransaction(producer, topic, List.of("c"));
            producer.commitTransaction();
        }

        assertThat(values(kafka.reader().readStringsToEnd(topic))).containsExactlyInAnyOrder("a", "b", "c");
        // The aborted record was written, so read_committed really filtered it out.
        assertThat(values(readUncommitted(topic))).containsExactlyInAnyOrder("a", "b", "aborted", "c");
    }

    private static void sendInTransaction(KafkaProducer<String, String> producer, String topic,
                                          List<String> values) throws Exception {
        producer.beginTransaction();
        for (String value : values) {
            producer.send(new ProducerRecord<>(topic, value, value)).get(10, TimeUnit.SECONDS);
        }
    }

    private static KafkaProducer<String, String> transactionalProducer(String transactionalId) {
        final Map<String, Object> props = new HashMap<>(kafka.clientProperties());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> readUncommitted(String topic) {
        return TopicReader.readUncommitted(kafka.clientProperties())
                .readToEnd(topic, new StringDeserializer(), new StringDeserializer());
    }

    private static List<String> values(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::value).toList();
    }
}
