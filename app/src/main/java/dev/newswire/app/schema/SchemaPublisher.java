package dev.newswire.app.schema;

import dev.newswire.schemas.catalog.Fingerprints;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.Schema;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes writer schemas to the schema topic (key: fingerprint as 16 hex digits in wire order, value:
 * the schema's JSON) and waits until the broker has them, so that no event a writer sends afterwards
 * can reach a reader before its schema. Publishing again is harmless: the topic is compacted by
 * fingerprint, which is also why the producer need not be idempotent. A writer that cannot publish
 * must not start: {@link IllegalStateException}.
 */
public final class SchemaPublisher {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaPublisher.class);
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

  private SchemaPublisher() {}

  public static void publish(SchemaTopic topic, Collection<Schema> schemas) {
    Map<String, Object> props = new HashMap<>(topic.clientProperties());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    // Not idempotent: a schema written twice is harmless (compacted, same key, same value), and the
    // idempotent producer's sequence check once kept the first batch to a new schema topic retrying
    // OUT_OF_ORDER_SEQUENCE_NUMBER after a NOT_LEADER_OR_FOLLOWER until the send timed out (CI).
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "newswire-schemas");
    props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) SEND_TIMEOUT.toMillis());
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      for (Schema schema : schemas) {
        sent.add(producer.send(new ProducerRecord<>(topic.name(), Fingerprints.toWireHex(Fingerprints.of(schema)),
            schema.toString())));
      }
      for (Future<RecordMetadata> each : sent) {
        each.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
      LOG.info("published {} writer schemas to {}", schemas.size(), topic.name());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing schemas to " + topic.name(), e);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new IllegalStateException("cannot publish the writer schemas to topic " + topic.name() + ": " + cause,
          cause);
    }
  }
}
