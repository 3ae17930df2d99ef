package dev.newswire.ingest.source.feed;

import dev.newswire.ingest.ArticleIntake;
import dev.newswire.ingest.IntakeReport;
import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.source.UnreadableInputException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls feeds on an interval: in go feed URLs, out go the feed items as articles through the
 * {@link ArticleIntake} (whose ledger makes an item already published a duplicate, so a new item is
 * published once and an edited one as a new version). Fetching is conditional ({@link FeedFetcher}),
 * so an unchanged feed publishes nothing. A feed that cannot be fetched is logged and tried again at
 * the next poll; a feed too large, or whose content cannot be read, becomes a dead letter.
 */
public final class FeedPoller implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

  /** What one poll of one feed did. */
  public enum Outcome {
    NOT_MODIFIED, READ, FAILED
  }

  private final List<URI> feeds;
  private final ArticleIntake intake;
  private final FeedFetcher fetcher;
  private final Duration interval;
  private ScheduledExecutorService scheduler;

  public FeedPoller(List<URI> feeds, ArticleIntake intake, FeedFetcher fetcher, Duration interval) {
    this.feeds = List.copyOf(feeds);
    this.intake = intake;
    this.fetcher = fetcher;
    this.interval = interval;
  }

  /** Polls every feed now and then at the interval, on a daemon thread. */
  public synchronized FeedPoller start() {
    scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "newswire-feeds");
      thread.setDaemon(true);
      return thread;
    });
    scheduler.scheduleWithFixedDelay(this::pollAll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("polling {} feed(s) every {} s", feeds.size(), interval.toSeconds());
    return this;
  }

  /** One poll of every feed. */
  public void pollAll() {
    for (URI feed : feeds) {
      poll(feed);
    }
  }

  /** One poll of one feed; never throws. */
  public Outcome poll(URI feed) {
    try {
      FeedFetcher.Fetched fetched = fetcher.fetch(feed);
      if (fetched.notModified()) {
        LOG.debug("feed {} not modified", feed);
        return Outcome.NOT_MODIFIED;
      }
      IntakeReport report = intake.take(new RawInput(feed.toString(), null, fetched.body()));
      intake.publisher().flush();
      LOG.info("feed {} read as {}: {} published, {} duplicates, {} rejected", feed, report.format(),
          report.published(), report.duplicates(), report.failures().size());
      return Outcome.READ;
    } catch (UnreadableInputException e) {
      intake.reject(feed.toString(), e);
      return Outcome.FAILED;
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("cannot fetch feed {}: {}", feed, e.getMessage());
      return Outcome.FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.FAILED;
    } catch (RuntimeException e) {
      LOG.error("polling feed {} failed", feed, e);
      return Outcome.FAILED;
    }
  }

  @Override
  public synchronized void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      try {
        scheduler.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
