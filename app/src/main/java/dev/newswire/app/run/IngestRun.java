package dev.newswire.app.run;

import dev.newswire.app.kafka.TopicProvisioner;
import dev.newswire.app.ops.Secrets;
import dev.newswire.app.schema.SchemaPublisher;
import dev.newswire.app.schema.SchemaTopic;
import dev.newswire.ingest.ArticleIntake;
import dev.newswire.ingest.ArticlePublisher;
import dev.newswire.ingest.IngestConfig;
import dev.newswire.ingest.IngestMetrics;
import dev.newswire.ingest.IngestSummary;
import dev.newswire.ingest.Ingester;
import dev.newswire.ingest.ProgressListener;
import dev.newswire.ingest.PublishStats;
import dev.newswire.ingest.dedup.ArticleLedger;
import dev.newswire.ingest.source.feed.FeedAddressPolicy;
import dev.newswire.ingest.source.feed.FeedPoller;
import dev.newswire.ingest.source.http.ArticleEndpoint;
import dev.newswire.ingest.source.watch.FolderWatcher;
import dev.newswire.ingest.source.watch.SeenFiles;
import dev.newswire.schemas.catalog.CurrentSchemas;
import dev.newswire.schemas.serde.ArticleSerdes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest against a Kafka cluster: makes sure the topics exist, opens one publisher and one ledger
 * (scoped to the cluster id and raw topic, under {@code newswire.ingest.state.dir}) and one
 * {@link ArticleIntake} over them, then ingests paths once ({@link #ingest}) and/or runs the
 * long-lived sources that {@link Services} names: a watched folder, feed polling, the HTTP endpoint.
 * {@link #close()} stops the sources, flushes and closes publisher and ledger.
 */
public final class IngestRun implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IngestRun.class);

  /**
   * The long-lived sources to start; each is off when null or empty.
   *
   * @param watchDir a folder to watch for new files
   * @param feeds feed URLs to poll
   * @param pollInterval how often to poll (null: newswire.ingest.feed.poll.interval.seconds)
   * @param httpPort the port of the HTTP endpoint (0 picks a free one)
   * @param allowPrivateFeeds fetch feeds from loopback and private addresses too
   */
  public record Services(Path watchDir, List<String> feeds, Duration pollInterval, Integer httpPort,
      boolean allowPrivateFeeds) {

    public static final Services NONE = new Services(null, List.of(), null, null, false);

    public Services {
      feeds = feeds == null ? List.of() : List.copyOf(feeds);
    }

    public boolean any() {
      return watchDir != null || !feeds.isEmpty() || httpPort != null;
    }
  }

  private final IngestConfig config;
  private final ArticlePublisher publisher;
  private final ArticleLedger ledger;
  private final ArticleIntake intake;
  private final List<AutoCloseable> sources = new ArrayList<>();
  private ArticleEndpoint endpoint;

  private IngestRun(IngestConfig config, ArticlePublisher publisher, ArticleLedger ledger) {
    this.config = config;
    this.publisher = publisher;
    this.ledger = ledger;
    this.intake = config.newIntake(publisher, ledger, Clock.systemUTC());
  }

  /** One run over paths, then closed: the contract the demo and the end-to-end tests use. */
  public static IngestSummary run(Properties props, List<String> paths, ProgressListener progress, InputStream stdin) {
    try (IngestRun run = open(props)) {
      return run.ingest(paths, progress, stdin);
    }
  }

  /** Opens publisher and ledger after making sure the topics exist and the writer schemas are published; starts nothing yet. */
  public static IngestRun open(Properties props) {
    return open(props, IngestMetrics.NONE);
  }

  /** As {@link #open(Properties)}, reporting inputs, articles, dead letters and send latency to {@code metrics}. */
  public static IngestRun open(Properties props, IngestMetrics metrics) {
    IngestConfig config = IngestConfig.from(props);
    LOG.atInfo().addKeyValue("config", Secrets.redacted(props)).log("ingest configuration");
    new TopicProvisioner(KafkaProperties.adminProperties(props))
        .ensureTopics(TopicLayout.from(props).pipelineTopics());
    // before the first article: a reader of another release finds the schema of every event we send
    SchemaPublisher.publish(SchemaTopic.from(props), CurrentSchemas.all());
    ArticleLedger ledger = config.openLedger(clusterId(props) + "/" + config.topicNames().raw());
    try {
      return new IngestRun(config, config.newPublisher(ArticleSerdes.create(), metrics), ledger);
    } catch (RuntimeException e) {
      ledger.close();
      throw e;
    }
  }

  /** Ingests paths once (files, folders, "-" for stdin) and flushes. */
  public IngestSummary ingest(List<String> paths, ProgressListener progress, InputStream stdin) {
    return new Ingester(intake, stdin).ingest(paths, progress);
  }

  /** Starts the sources; throws IllegalArgumentException for a bad feed URL, UncheckedIOException for I/O. */
  public IngestRun start(Services services) {
    List<URI> feeds = services.feeds().stream().map(FeedAddressPolicy::parse).toList();
    try {
      if (services.watchDir() != null) {
        SeenFiles seen = SeenFiles.open(config.stateDir(), services.watchDir());
        sources.add(seen);
        sources.add(new FolderWatcher(services.watchDir(), intake, seen, Clock.systemUTC(), config.watchSettle(),
            config.watchScanInterval()).start());
      }
      if (!feeds.isEmpty()) {
        Duration interval = services.pollInterval() != null ? services.pollInterval() : config.feedPollInterval();
        sources.add(new FeedPoller(feeds, intake, config.newFeedFetcher(services.allowPrivateFeeds()), interval).start());
      }
      if (services.httpPort() != null) {
        endpoint = ArticleEndpoint.start(new InetSocketAddress(config.httpHost(), services.httpPort()), intake,
            config.httpMaxBodyBytes(), config.httpAckTimeout());
        sources.add(endpoint);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start ingest: " + e.getMessage(), e);
    }
    return this;
  }

  /** The HTTP endpoint's port, or -1 when it is not running. */
  public int httpPort() {
    return endpoint == null ? -1 : endpoint.port();
  }

  /** Totals of everything sent so far, for a closing line. */
  public PublishStats stats() {
    return publisher.stats();
  }

  @Override
  public void close() {
    try {
      // Newest first: the endpoint and poller stop taking input before the ledger they use closes.
      for (int i = sources.size() - 1; i >= 0; i--) {
        closeQuietly(sources.get(i));
      }
      publisher.flush();
    } finally {
      try {
        publisher.close();
      } finally {
        ledger.close();
      }
    }
  }

  private static void closeQuietly(AutoCloseable source) {
    try {
      source.close();
    } catch (Exception e) {
      LOG.warn("closing {} failed: {}", source, e.toString());
    }
  }

  private static String clusterId(Properties props) {
    try (Admin admin = Admin.create(KafkaProperties.adminProperties(props))) {
      return admin.describeCluster().clusterId().get(60, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot reach Kafka to read the cluster id: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the cluster id", e);
    }
  }
}
