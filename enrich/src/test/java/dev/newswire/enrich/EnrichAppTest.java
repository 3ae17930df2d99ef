package dev.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.enrich.testing.Articles;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lifecycle without a broker; running against a broker is the app module's integration test. */
class EnrichAppTest {

  @TempDir
  Path stateDir;

  private EnrichApp app() {
    EnrichConfig config = EnrichConfig.from(Map.of("bootstrap.servers", "localhost:1",
        "application.id", "enrich-app-test", "state.dir", stateDir.toString()));
    return new EnrichApp(config, Topics.of(config.topicNames(), ArticleSerdes.create()),
        new ArticleEnricher(Articles.engine(), Clock.systemUTC()));
  }

  /**
   * Without a broker, Kafka's start() would block for minutes loading the global overrides store, and
   * its global thread keeps retrying past close (until task.timeout.ms): start must still return at
   * once and close must give up after its timeout rather than hang.
   */
  @Test
  void shouldNotReachRunningWithoutABrokerAndCloseTwiceQuietly() {
    EnrichApp app = app();
    app.start();

    assertThat(app.awaitRunning(Duration.ofMillis(300))).isFalse();

    long closing = System.nanoTime();
    app.close(Duration.ofSeconds(3));
    app.close(Duration.ofSeconds(3));
    assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(15));
    assertThat(app.state()).isIn(State.PENDING_SHUTDOWN, State.NOT_RUNNING);
    assertThatThrownBy(() -> app.awaitRunning(Duration.ofMillis(10))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shouldRefuseToStartTwiceOrAfterClose() {
    try (EnrichApp app = app()) {
      app.start();
      assertThatThrownBy(app::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("already started");
      app.close(Duration.ofSeconds(3));
    }
    EnrichApp closed = app();
    closed.close();
    assertThatThrownBy(closed::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }
}
