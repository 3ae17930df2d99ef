package dev.newswire.app.e2e;

import dev.newswire.app.testing.SharedEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newswire.app.run.EnrichRun;
import dev.newswire.app.testing.EmbeddedKafkaExtension;
import dev.newswire.app.testing.TopicReader;
import dev.newswire.enrich.ArticleEnricher;
import dev.newswire.enrich.EnrichApp;
import dev.newswire.enrich.errors.Reasons;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article whose enriched form is bigger than the producer may send ({@code max.request.size},
 * lowered here to {@value #MAX_REQUEST_BYTES} bytes so that a short article crosses it once its
 * 1,800 mentions are added) becomes one OUTPUT_TOO_LARGE dead letter holding the raw record, under
 * exactly-once, and the next article is enriched. Without the size check the refused send would leave
 * the transaction in an error state and the stream thread would fail on the same record forever.
 */
@Tag("slow")
class OutputTooLargeIT {

  private static final int MAX_REQUEST_BYTES = 60_000;
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  @RegisterExtension
  static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

  @TempDir
  Path work;

  @Test
  void shouldDeadLetterAnArticleWhoseOutputIsTooLargeAndGoOn() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    TopicNames names = TopicNames.defaults().withPrefix("large-" + run + "-");
    Properties props = new Properties();
    props.setProperty("bootstrap.servers", KAFKA.bootstrapServers());
    props.setProperty("application.id", "large-" + run);
    props.setProperty("state.dir", work.resolve("state").toString());
    props.setProperty("producer.max.request.size", Integer.toString(MAX_REQUEST_BYTES));
    props.putAll(names.toProperties());
    ArticleSerdes serdes = ArticleSerdes.create();
    byte[] big = PoisonPillRows.encode(PoisonPillRows.article("big-" + run, "Leaders meet again",
        "Angela Merkel met Emmanuel Macron in Paris on Tuesday. ".repeat(600)));
    byte[] good = PoisonPillRows.encode(PoisonPillRows.article("good-" + run, "Ministers meet in Brussels",
        "Angela Merkel met Emmanuel Macron in Paris on Tuesday to talk about the budget."));
    assertThat(big.length).as("raw record, which its dead letter must carry").isBetween(30_000, 40_000);

    try (EnrichApp enrich = EnrichRun.create(props, new ArticleEnricher(SharedEngine.get(), Clock.systemUTC()));
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KAFKA.clientProperties(), new StringSerializer(),
            new ByteArraySerializer())) {
      enrich.start();
      assertThat(enrich.awaitRunning(TIMEOUT)).as("enrich reached RUNNING").isTrue();
      producer.send(new ProducerRecord<>(names.raw(), 0, "big-" + run, big)).get();
      producer.send(new ProducerRecord<>(names.raw(), 0, "good-" + run, good)).get();

      TopicReader reader = KAFKA.reader();
      await("the good article enriched").atMost(TIMEOUT).until(() -> !read(reader, names.enriched()).isEmpty());
      List<ConsumerRecord<String, byte[]>> enriched = read(reader, names.enriched());
      List<ConsumerRecord<String, byte[]>> letters = read(reader, names.deadLetters());

      assertThat(enriched).extracting(r -> serdes.enrichedArticle().decode(r.value()).getId())
          .containsExactly("good-" + run);
      assertThat(letters).hasSize(1);
      DeadLetter letter = serdes.deadLetter().decode(letters.get(0).value());
      assertThat(letter.getStage()).isEqualTo(Reasons.STAGE);
      assertThat(letter.getReason()).isEqualTo(Reasons.OUTPUT_TOO_LARGE);
      assertThat(letter.getKey()).isEqualTo("big-" + run);
      assertThat(letter.getSourceTopic()).isEqualTo(names.raw());
      assertThat(letter.getPartition()).isZero();
      assertThat(letter.getOffset()).isZero();
      assertThat(bytes(letter.getOriginalBytes())).isEqualTo(big);
      assertThat(letter.getOriginalSize()).isEqualTo((long) big.length);
      assertThat(enrich.state()).isEqualTo(KafkaStreams.State.RUNNING);
      System.out.printf("output too large: raw %d bytes -> 1 dead letter (%s), next article enriched%n", big.length,
          letter.getErrorMessage());
    }
  }

  private static List<ConsumerRecord<String, byte[]>> read(TopicReader reader, String topic) {
    return reader.readToEnd(topic, new StringDeserializer(), new ByteArrayDeserializer());
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] copy = new byte[buffer.remaining()];
    buffer.duplicate().get(copy);
    return copy;
  }
}
