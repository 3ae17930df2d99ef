package dev.newswire.enrich;

import dev.newswire.enrich.errors.ErrorClassifier;
import dev.newswire.enrich.link.KbOverride;
import dev.newswire.enrich.overrides.KbOverrideValue;
import dev.newswire.enrich.overrides.LiveOverrides;
import dev.newswire.schemas.topic.Topics;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrich topology in a {@link KafkaStreams} client: {@link #start()}, {@link #awaitRunning},
 * {@link #close(Duration)}. A stream thread that dies of an unexpected error is replaced (logged
 * once); a JVM-level error shuts the client down ({@link ErrorClassifier}). The caller owns the
 * enricher (and its loaded models) and installs any shutdown hook, which should call {@link #close()}.
 * Kafka's {@code KafkaStreams.start()} blocks until the global overrides store has read its topic
 * (minutes, when the brokers cannot be reached), so it runs on a starter thread of its own, which
 * {@link #close(Duration)} interrupts.
 */
public final class EnrichApp implements AutoCloseable {

  /** How long {@link #close()} waits for the stream threads to finish. */
  public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(EnrichApp.class);

  private final EnrichConfig config;
  private final Topology topology;
  private final EnrichMetrics metrics;
  private AutoCloseable metricsBinding = () -> { };
  private final CompletableFuture<Void> running = new CompletableFuture<>();
  private KafkaStreams streams;
  private Thread starter;
  private boolean closed;

  public EnrichApp(EnrichConfig config, Topics topics, ArticleEnricher enricher) {
    this(config, topics, enricher, EnrichMetrics.NONE);
  }

  /** An app that reports to {@code metrics}, its Streams client's own metrics included. */
  public EnrichApp(EnrichConfig config, Topics topics, ArticleEnricher enricher, EnrichMetrics metrics) {
    this.config = Objects.requireNonNull(config, "config");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.topology = EnrichTopology.build(config, topics, enricher, metrics);
  }

  /** Creates the Kafka Streams client and starts it on a starter thread; returns at once. */
  public synchronized void start() {
    if (closed) {
      throw new IllegalStateException("enrich app is closed");
    }
    if (streams != null) {
      throw new IllegalStateException("enrich app is already started");
    }
    Properties properties = config.streamsProperties();
    properties.put(EnrichMetrics.STREAMS_CONFIG_KEY, metrics);
    streams = new KafkaStreams(topology, properties);
    metricsBinding = metrics.bind(streams);
    streams.setUncaughtExceptionHandler(EnrichApp::onUncaught);
    streams.setStateListener(this::onStateChange);
    LOG.info("starting enrich {}: {} -> {} (dead letters: {}, live overrides: {}), {} stream thread(s)",
        config.applicationId(), config.topicNames().raw(), config.topicNames().enriched(),
        config.topicNames().deadLetters(), config.overridesTopic(), config.numStreamThreads());
    KafkaStreams client = streams;
    starter = new Thread(() -> startClient(client), "newswire-enrich-start");
    starter.setDaemon(true);
    starter.start();
  }

  private void startClient(KafkaStreams client) {
    try {
      client.start();
    } catch (RuntimeException e) {
      if (isClosed()) {
        LOG.debug("enrich {} closed while starting", config.applicationId(), e);
      } else {
        LOG.error("enrich {} failed to start", config.applicationId(), e);
      }
      running.completeExceptionally(e);
    }
  }

  private synchronized boolean isClosed() {
    return closed;
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

  /** Whether {@link #start()} was called (NOT_RUNNING after it means the client stopped or failed). */
  public synchronized boolean started() {
    return streams != null;
  }

  /** The client's state; NOT_RUNNING before {@link #start()}. */
  public synchronized State state() {
    return streams == null ? State.NOT_RUNNING : streams.state();
  }

  /**
   * The live override this instance holds for exactly {@code surface} (no surface variants), as read
   * from the overrides topic so far.
   *
   * @throws IllegalStateException when the app is not started
   * @throws org.apache.kafka.streams.errors.InvalidStateStoreException when the store cannot be
   *     queried yet (the client is not RUNNING); retry later
   */
  public Optional<KbOverride> liveOverride(String surface) {
    KafkaStreams client;
    synchronized (this) {
      if (streams == null) {
        throw new IllegalStateException("enrich app is not started");
      }
      client = streams;
    }
    ReadOnlyKeyValueStore<String, KbOverrideValue> store = client.store(
        StoreQueryParameters.fromNameAndType(LiveOverrides.STORE, QueryableStoreTypes.keyValueStore()));
    return Optional.ofNullable(store.get(surface)).map(value -> value.toOverride(surface));
  }

  /** The topology this app runs (for logging and tests). */
  public Topology topology() {
    return topology;
  }

  /** Stops the client, waiting up to {@code timeout}; later calls do nothing. */
  public void close(Duration timeout) {
    KafkaStreams client;
    Thread starting;
    AutoCloseable binding;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      client = streams;
      starting = starter;
      binding = metricsBinding;
    }
    running.completeExceptionally(new IllegalStateException("closed"));
    if (client == null) {
      return;
    }
    if (starting.isAlive()) {
      // KafkaStreams.start() holds the client's lock (which close needs) until the global store is
      // ready; an interrupt makes it give up.
      starting.interrupt();
      joinQuietly(starting, timeout);
    }
    boolean clean = client.close(timeout);
    closeQuietly(binding);
    LOG.info("enrich {} closed{}", config.applicationId(), clean ? "" : " (timed out after " + timeout + ")");
  }

  private static void closeQuietly(AutoCloseable binding) {
    try {
      binding.close();
    } catch (Exception e) {
      LOG.warn("cannot stop reporting the Streams client's metrics: {}", e.toString());
    }
  }

  private static void joinQuietly(Thread thread, Duration timeout) {
    try {
      thread.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
