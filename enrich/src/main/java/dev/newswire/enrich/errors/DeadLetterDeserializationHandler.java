package dev.newswire.enrich.errors;

import dev.newswire.enrich.EnrichMetrics;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.deadletter.DeadLetters;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.serde.SingleObjectSerde;
import dev.newswire.schemas.topic.TopicNames;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams deserialization handler: a raw record that cannot be read becomes one
 * {@link DeadLetter} (reason {@code UNDECODABLE_RECORD}, the raw value as original bytes, the raw key)
 * on the dead-letter topic, and processing resumes with the next record. Kafka writes the dead letter
 * in the same transaction as the task's output. Only JVM-level errors stop the stream, and a
 * retriable cause (a schema lookup that could not reach the schema topic) fails the stream thread so
 * that the record is read again ({@link ErrorClassifier}).
 *
 * <p>Configured by Kafka with the Streams properties: the dead-letter topic is
 * {@value TopicNames#DEAD_LETTERS_PROPERTY} (default {@value TopicNames#DEFAULT_DEAD_LETTERS}).
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);

  private final Clock clock;
  private String deadLetterTopic = TopicNames.DEFAULT_DEAD_LETTERS;
  private SingleObjectSerde<DeadLetter> serde;
  private EnrichMetrics metrics = EnrichMetrics.NONE;

  /** Used by Kafka, which creates handlers by reflection. */
  public DeadLetterDeserializationHandler() {
    this(Clock.systemUTC());
  }

  public DeadLetterDeserializationHandler(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void configure(Map<String, ?> configs) {
    deadLetterTopic = TopicNames.from(configs).deadLetters();
    serde = ArticleSerdes.create().deadLetter();
    metrics = EnrichMetrics.from(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
      Exception exception) {
    ErrorClassifier.Action action = ErrorClassifier.classify(exception);
    if (action != ErrorClassifier.Action.DEAD_LETTER) {
      // FATAL stops the client; RETRY (e.g. the schema topic was out of reach) replaces the stream
      // thread, which reads the record again from the last commit
      LOG.error("cannot deserialize record {}-{}@{} ({}); failing the stream thread", record.topic(),
          record.partition(), record.offset(), action, exception);
      return Response.fail();
    }
    metrics.recordIn();
    LOG.atWarn().addKeyValue("topic", record.topic()).addKeyValue("partition", record.partition())
        .addKeyValue("offset", record.offset()).addKeyValue("article_id", keyOf(record.key()))
        .addKeyValue("bytes", record.value() == null ? 0 : record.value().length)
        .addKeyValue("reason", Reasons.UNDECODABLE_RECORD).addKeyValue("dead_letter_topic", deadLetterTopic)
        .addKeyValue("detail", DeadLetters.messageOf(exception))
        .log("undecodable record sent to the dead-letter topic");
    metrics.deadLetter(Reasons.UNDECODABLE_RECORD);
    DeadLetter letter = DeadLetters.forRecord(Reasons.STAGE, Reasons.UNDECODABLE_RECORD, exception,
        record.topic(), record.partition(), record.offset(), keyOf(record.key()), record.value(),
        clock.instant());
    return Response.resume(List.of(new ProducerRecord<>(deadLetterTopic, record.key(), serde().encode(letter))));
  }

  /** The topic dead letters go to. */
  public String deadLetterTopic() {
    return deadLetterTopic;
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
