package dev.newswire.enrich.errors;

import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.deadletter.DeadLetters;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.serde.SingleObjectSerde;
import dev.newswire.schemas.topic.TopicNames;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams production handler: an output record the producer refuses for good (bigger than
 * {@code max.request.size}, say: an article near the 1 MiB text limit grows past it once its
 * entities are added) becomes one {@link DeadLetter} holding the raw input record that produced it,
 * and the stream goes on; without it the stream thread would fail on that record again after every
 * restart. Retriable errors are retried; JVM-level errors stop the stream ({@link ErrorClassifier}).
 *
 * <p>This works with at-least-once processing. Under exactly-once a refused record leaves the
 * transaction in an error state, so nothing more (not even the dead letter) can be written in it; that
 * is why enrich checks the size of what it forwards first ({@code OutputSizeCheck}), and this handler
 * is the net for what gets past that check.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

  private final Clock clock;
  private String deadLetterTopic = TopicNames.DEFAULT_DEAD_LETTERS;
  private SingleObjectSerde<DeadLetter> serde;

  /** Used by Kafka, which creates handlers by reflection. */
  public DeadLetterProductionHandler() {
    this(Clock.systemUTC());
  }

  public DeadLetterProductionHandler(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetterTopic = TopicNames.from(configs).deadLetters();
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
      Exception exception) {
    if (ErrorClassifier.classify(exception) == ErrorClassifier.Action.RETRY) {
      return Response.retry();
    }
    return deadLetter(context, record, exception,
        exception instanceof RecordTooLargeException ? Reasons.OUTPUT_TOO_LARGE : Reasons.OUTPUT_FAILED);
  }

  @Override
  public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
      SerializationExceptionOrigin origin) {
    return deadLetter(context, null, exception, Reasons.OUTPUT_FAILED);
  }

  private Response deadLetter(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception,
      String reason) {
    if (ErrorClassifier.classify(exception) == ErrorClassifier.Action.FATAL) {
      LOG.error("cannot write the output of {}-{}@{}; stopping", context.topic(), context.partition(),
          context.offset(), exception);
      return Response.fail();
    }
    byte[] original = context.sourceRawValue();
    LOG.warn("output of {}-{}@{} to {} ({} bytes) refused, input sent to {} as {}: {}", context.topic(),
        context.partition(), context.offset(), record == null ? "?" : record.topic(),
        record == null || record.value() == null ? 0 : record.value().length, deadLetterTopic, reason,
        DeadLetters.messageOf(exception));
    DeadLetter letter = DeadLetters.forRecord(Reasons.STAGE, reason, exception, context.topic(), context.partition(),
        context.offset(), keyOf(context.sourceRawKey()), original, clock.instant());
    return Response.resume(List.of(new ProducerRecord<>(deadLetterTopic, context.sourceRawKey(),
        serde().encode(letter))));
  }

  private SingleObjectSerde<DeadLetter> serde() {
    if (serde == null) {
      serde = ArticleSerdes.create().deadLetter();
    }
    return serde;
  }

  private static String keyOf(byte[] key) {
    return key == null ? null : new String(key, StandardCharsets.UTF_8);
  }
}
