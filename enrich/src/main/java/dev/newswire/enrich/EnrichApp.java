package dev.newswire.enrich;

import dev.newswire.enrich.errors.ErrorClassifier;
import dev.newswire.schemas.topic.Topics;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrich topology in a {@link KafkaStreams} client: {@link #start()}, {@link #awaitRunning},
 * {@link #close(Duration)}. A stream thread that dies of an unexpected error is replaced (logged
 * once); a JVM-level error shuts the client down ({@link ErrorClassifier}). The caller owns the
 * enricher (and its loaded models) and installs any shutdown hook, which should call {@link #close()}.
 */
public final class EnrichApp implements AutoCloseable {

  /** How long {@link #close()} waits for the stream threads to finish. */
  public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(EnrichApp.class);

  private final EnrichConfig config;
  private final Topology topology;
  private final CompletableFuture<Void> running = new CompletableFuture<>();
  private KafkaStreams streams;
  private boolean closed;

  public EnrichApp(EnrichConfig config, Topics topics, ArticleEnricher enricher) {
    this.config = Objects.requireNonNull(config, "config");
    this.topology = EnrichTopology.build(config, topics, enricher);
  }

  /** Creates the Kafka Streams client and starts it; returns at once. */
  public synchronized void start() {
    if (closed) {
      throw new IllegalStateException("enrich app is closed");
    }
    if (streams != null) {
      throw new IllegalStateException("enrich app is already started");
    }
    streams = new KafkaStreams(topology, config.streamsProperties());
    streams.setUncaughtExceptionHandler(EnrichApp::onUncaught);
    streams.setStateListener(this::onStateChange);
    LOG.info("starting enrich {}: {} -> {} (dead letters: {}), {} stream thread(s)", config.applicationId(),
        config.topicNames().raw(), config.topicNames().enriched(), config.topicNames().deadLetters(),
        config.numStreamThreads());
    streams.start();
  }

  /**
   * Waits until the client is RUNNING.
   *
   * @return true when running; false when the timeout passed or the thread was interrupted (the
   *     interrupt flag is kept)
   * @throws IllegalStateException when the client failed or was closed before it ran
   */
  public boolean awaitRunning(Duration timeout) {
    try {
      running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException("enrich app did not reach RUNNING: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /** The client's state; NOT_RUNNING before {@link #start()}. */
  public synchronized State state() {
    return streams == null ? State.NOT_RUNNING : streams.state();
  }

  /** The topology this app runs (for logging and tests). */
  public Topology topology() {
    return topology;
  }

  /** Stops the client, waiting up to {@code timeout}; later calls do nothing. */
  public synchronized void close(Duration timeout) {
    if (closed) {
      return;
    }
    closed = true;
    if (streams != null) {
      boolean clean = streams.close(timeout);
      LOG.info("enrich {} closed{}", config.applicationId(), clean ? "" : " (timed out after " + timeout + ")");
    }
    running.completeExceptionally(new IllegalStateException("closed"));
  }

  @Override
  public void close() {
    close(DEFAULT_CLOSE_TIMEOUT);
  }

  private void onStateChange(State newState, State oldState) {
    LOG.info("enrich {} state {} -> {}", config.applicationId(), oldState, newState);
    if (newState == State.RUNNING) {
      running.complete(null);
    } else if (newState == State.ERROR || newState == State.PENDING_SHUTDOWN || newState == State.NOT_RUNNING) {
      running.completeExceptionally(new IllegalStateException("state " + newState));
    }
  }

  private static StreamThreadExceptionResponse onUncaught(Throwable error) {
    StreamThreadExceptionResponse response = ErrorClassifier.onUncaught(error);
    LOG.error("stream thread failed; {}", response, error);
    return response;
  }
}
