package dev.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.ingest.format.FormatDetector;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.InputFormat;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.deadletter.DeadLetters;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class ArticlePublisherTest {

  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

  @Test
  void shouldCountAcknowledgedAndFailedSends() {
    MockKafka kafka = new MockKafka(false);

    kafka.publisher.publish(article("a1"));
    kafka.publisher.publish(article("a2"));
    kafka.articles.completeNext();
    kafka.articles.errorNext(new TimeoutException("broker down"));
    kafka.publisher.reject(DeadLetters.forInput("ingest", "EMPTY_INPUT", "file is empty",
        "x", "in/empty.txt", new byte[0], NOW));
    kafka.publisher.flush();

    assertThat(kafka.publisher.stats()).isEqualTo(new PublishStats(2, 1, 1, 1, 1));
    assertThat(kafka.publisher.lastFailure()).isEqualTo(
        "news.articles.raw a2: org.apache.kafka.common.errors.TimeoutException: broker down");
    assertThat(kafka.deadLetters.history().get(0).key()).isEqualTo("in/empty.txt");
  }

  @Test
  void shouldReportAcknowledgedArticlesDeadLettersAndFailuresToTheMetrics() {
    List<String> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
    IngestMetrics metrics = new IngestMetrics() {
      @Override
      public void published(long nanos) {
        reported.add(nanos >= 0 ? "published" : "negative latency");
      }

      @Override
      public void deadLetter(String stage, String reason) {
        reported.add("dead letter " + stage + " " + reason);
      }

      @Override
      public void sendFailed(String kind) {
        reported.add("failed " + kind);
      }
    };
    MockProducer<String, NewsArticle> articles =
        new MockProducer<>(false, null, new StringSerializer(), MockKafka.SERDES.newsArticle());
    MockProducer<String, DeadLetter> letters =
        new MockProducer<>(true, null, new StringSerializer(), MockKafka.SERDES.deadLetter());
    ArticlePublisher publisher = new ArticlePublisher(articles, letters,
        dev.newswire.schemas.topic.Topics.of(dev.newswire.schemas.topic.TopicNames.defaults(), MockKafka.SERDES), metrics);

    publisher.publish(article("a1"));
    publisher.publish(article("a2"));
    assertThat(reported).as("nothing before the broker answers").isEmpty();
    articles.completeNext();
    articles.errorNext(new TimeoutException("broker down"));
    publisher.reject(DeadLetters.forInput("ingest", "BINARY_INPUT", "binary", "x", "in/x.bin", new byte[0], NOW));

    assertThat(reported).containsExactly("published", "failed article", "dead letter ingest BINARY_INPUT");
    assertThat(publisher.metrics()).isSameAs(metrics);
  }

  @Test
  void shouldCountSendThatThrows() {
    MockKafka kafka = new MockKafka(true);
    kafka.articles.sendException = new IllegalStateException("producer closed");

    kafka.publisher.publish(article("a1"));

    assertThat(kafka.publisher.stats().failures()).isEqualTo(1);
    assertThat(kafka.publisher.stats().articlesAcknowledged()).isZero();
  }

  @Test
  void shouldReportSendFailureInSummaryWithNonZeroExitCode() {
    MockProducer<String, NewsArticle> failing =
        new MockProducer<>(false, null, new StringSerializer(), MockKafka.SERDES.newsArticle()) {
          @Override
          public synchronized void flush() {
            while (errorNext(new TimeoutException("broker down"))) {
              // fail every pending send, as a broker that never answers would
            }
          }
        };
    MockKafka kafka = new MockKafka(failing);
    byte[] input = "[{\"headline\": \"H\", \"body\": \"B\"}, {\"headline\": \"\", \"body\": \"B\"}]"
        .getBytes(StandardCharsets.UTF_8);
    Ingester ingester = new Ingester(kafka.publisher, FormatDetector.standard(FormatLimits.defaults()),
        Clock.fixed(NOW, ZoneOffset.UTC), new ByteArrayInputStream(input));

    IngestSummary summary = ingester.ingest(List.of("-"));

    assertThat(summary.articlesRead()).isEqualTo(1);
    assertThat(summary.articlesPublished()).isZero();
    assertThat(summary.sendFailures()).isEqualTo(1);
    assertThat(summary.deadLettersPublished()).isEqualTo(1);
    assertThat(summary.succeeded()).isFalse();
    assertThat(summary.exitCode()).isEqualTo(1);
    assertThat(summary.lastSendFailure()).endsWith("TimeoutException: broker down");
    assertThat(failing.history()).hasSize(1);
    DeadLetter rejected = kafka.deadLetters.history().get(0).value();
    assertThat(rejected.getReason()).isEqualTo("MISSING_FIELD");
    assertThat(rejected.getErrorMessage()).isEqualTo("element 2, line 1: missing required field 'headline'");
  }

  private static NewsArticle article(String id) {
    return NewsArticle.newBuilder()
        .setId(id)
        .setHeadline("H")
        .setBody("B")
        .setIngestedAt(NOW)
        .setContentHash("0".repeat(64))
        .setInputFormat(InputFormat.JSON)
        .build();
  }
}
