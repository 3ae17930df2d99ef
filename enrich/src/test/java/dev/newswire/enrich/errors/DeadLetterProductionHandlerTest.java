package dev.newswire.enrich.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.serde.ArticleSerdes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Response;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.SerializationExceptionOrigin;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class DeadLetterProductionHandlerTest {

  private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
  private static final byte[] RAW_KEY = "article-7".getBytes(StandardCharsets.UTF_8);
  private static final byte[] RAW_VALUE = {(byte) 0xC3, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 42};

  private final DeadLetterProductionHandler handler =
      new DeadLetterProductionHandler(Clock.fixed(NOW, ZoneOffset.UTC));
  private final ProducerRecord<byte[], byte[]> output =
      new ProducerRecord<>("news.articles.enriched", RAW_KEY, new byte[3000]);

  @Test
  void shouldDeadLetterTheInputRecordWhenItsOutputIsTooLarge() {
    handler.configure(Map.of("newswire.topic.dlq", "my.dlq"));

    Response response = handler.handleError(new Context(), output, new RecordTooLargeException("too big"));

    assertThat(response.result()).isEqualTo(Result.RESUME);
    assertThat(response.deadLetterQueueRecords()).hasSize(1);
    ProducerRecord<byte[], byte[]> dlq = response.deadLetterQueueRecords().get(0);
    assertThat(dlq.topic()).isEqualTo("my.dlq");
    assertThat(dlq.key()).isEqualTo(RAW_KEY);
    DeadLetter letter = ArticleSerdes.create().deadLetter().deserializer().deserialize("my.dlq", dlq.value());
    assertThat(letter.getStage()).isEqualTo("enrich");
    assertThat(letter.getReason()).isEqualTo(Reasons.OUTPUT_TOO_LARGE);
    assertThat(letter.getSourceTopic()).isEqualTo("news.articles.raw");
    assertThat(letter.getPartition()).isEqualTo(2);
    assertThat(letter.getOffset()).isEqualTo(41L);
    assertThat(letter.getKey()).isEqualTo("article-7");
    assertThat(letter.getOriginalBytes().array()).isEqualTo(RAW_VALUE);
    assertThat(letter.getOriginalSize()).isEqualTo(RAW_VALUE.length);
    assertThat(letter.getErrorClass()).isEqualTo(RecordTooLargeException.class.getName());
  }

  @Test
  void shouldDeadLetterAnOutputThatCannotBeSerialized() {
    Response response = handler.handleSerializationError(new Context(), output, new SerializationException("x"),
        SerializationExceptionOrigin.VALUE);

    assertThat(response.result()).isEqualTo(Result.RESUME);
    DeadLetter letter = ArticleSerdes.create().deadLetter().deserializer()
        .deserialize("dlq", response.deadLetterQueueRecords().get(0).value());
    assertThat(letter.getReason()).isEqualTo(Reasons.OUTPUT_FAILED);
  }

  @Test
  void shouldRetryARetriableError() {
    Response response = handler.handleError(new Context(), output, new NotEnoughReplicasException("later"));

    assertThat(response.result()).isEqualTo(Result.RETRY);
    assertThat(response.deadLetterQueueRecords()).isEmpty();
  }

  @Test
  void shouldStopOnAJvmLevelError() {
    Response response = handler.handleError(new Context(), output,
        new RecordTooLargeException("wrapped", new OutOfMemoryError("heap")));

    assertThat(response.result()).isEqualTo(Result.FAIL);
  }

  /** The input record the failed output came from: raw topic, partition 2, offset 41. */
  private static final class Context implements ErrorHandlerContext {
    @Override
    public String topic() {
      return "news.articles.raw";
    }

    @Override
    public int partition() {
      return 2;
    }

    @Override
    public long offset() {
      return 41;
    }

    @Override
    public Headers headers() {
      return new RecordHeaders();
    }

    @Override
    public String processorNodeId() {
      return "enriched-sink";
    }

    @Override
    public TaskId taskId() {
      return new TaskId(0, 2);
    }

    @Override
    public long timestamp() {
      return NOW.toEpochMilli();
    }

    @Override
    public byte[] sourceRawKey() {
      return RAW_KEY;
    }

    @Override
    public byte[] sourceRawValue() {
      return RAW_VALUE;
    }
  }
}
