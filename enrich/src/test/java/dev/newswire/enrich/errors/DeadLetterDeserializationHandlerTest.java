package dev.newswire.enrich.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.serde.ArticleSerdes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler.Response;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler.Result;
import org.junit.jupiter.api.Test;

class DeadLetterDeserializationHandlerTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
  private static final byte[] GARBAGE = {1, 2, 3, 4, 5};

  private final DeadLetterDeserializationHandler handler =
      new DeadLetterDeserializationHandler(Clock.fixed(NOW, ZoneOffset.UTC));
  private final ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>(
      "news.articles.raw", 2, 41L, "k-1".getBytes(StandardCharsets.UTF_8), GARBAGE);

  @Test
  void shouldResumeWithOneDeadLetterOnTheConfiguredTopic() {
    handler.configure(Map.of("newswire.topic.dlq", "my.dlq"));

    // the handler reads everything it needs from the record, not from the context
    Response response = handler.handleError(null, record, new SerializationException("cannot decode"));

    assertThat(response.result()).isEqualTo(Result.RESUME);
    assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(out -> {
      assertThat(out.topic()).isEqualTo("my.dlq");
      assertThat(out.key()).isEqualTo(record.key());
      DeadLetter letter = ArticleSerdes.create().deadLetter().decode(out.value());
      assertThat(letter.getStage()).isEqualTo("enrich");
      assertThat(letter.getReason()).isEqualTo("UNDECODABLE_RECORD");
      assertThat(letter.getErrorClass()).isEqualTo(SerializationException.class.getName());
      assertThat(letter.getErrorMessage()).isEqualTo("cannot decode");
      assertThat(letter.getSourceTopic()).isEqualTo("news.articles.raw");
      assertThat(letter.getPartition()).isEqualTo(2);
      assertThat(letter.getOffset()).isEqualTo(41L);
      assertThat(letter.getKey()).isEqualTo("k-1");
      assertThat(letter.getOriginalBytes()).isEqualTo(ByteBuffer.wrap(GARBAGE));
      assertThat(letter.getTimestamp()).isEqualTo(NOW);
    });
  }

  @Test
  void shouldUseTheDefaultDeadLetterTopicWhenNoneIsConfigured() {
    handler.configure(Map.of());

    Response response = handler.handleError(null, record, new SerializationException("x"));

    assertThat(response.deadLetterQueueRecords()).extracting(ProducerRecord::topic).containsExactly("news.articles.dlq");
  }

  @Test
  void shouldFailOnAJvmError() {
    handler.configure(Map.of());

    Response response = handler.handleError(null, record, new RuntimeException(new OutOfMemoryError()));

    assertThat(response.result()).isEqualTo(Result.FAIL);
    assertThat(response.deadLetterQueueRecords()).isEmpty();
  }

  @Test
  void shouldFailSoThatTheRecordIsReadAgainWhenTheCauseIsRetriable() {
    handler.configure(Map.of());
    Exception lookup = new SerializationException("cannot decode NewsArticle",
        new org.apache.kafka.common.errors.TimeoutException("schema topic not read to its end"));

    Response response = handler.handleError(null, record, lookup);

    assertThat(response.result()).isEqualTo(Result.FAIL);
    assertThat(response.deadLetterQueueRecords()).isEmpty();
  }
}
