package dev.newswire.ingest.source.watch;

import dev.newswire.ingest.ArticleIntake;
import dev.newswire.ingest.IntakeReport;
import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.source.FileInput;
import dev.newswire.ingest.source.UnreadableInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder (recursively) and ingests each new file once: in go files landing in the folder,
 * out go their articles and dead letters through the {@link ArticleIntake}. Safe for writers that
 * write then rename: hidden names (".x") and temporary names (*.tmp, *.part, *.partial, *.crdownload,
 * *~) are ignored, and a file is read only once its size and modification time stayed the same for
 * the settle time. A file counts as done (in {@link SeenFiles}) once every record sent for it was
 * acknowledged, so after a crash or restart nothing acknowledged is read again and nothing
 * unacknowledged is lost. Files present at start that are not in the ledger are ingested too.
 * Scans on every change the watch service reports, and at the scan interval in any case.
 */
public final class FolderWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
  private static final Duration ACK_TIMEOUT = Duration.ofMinutes(2);

  private record Sighting(long size, long modified, Instant since) {}

  private final Path dir;
  private final ArticleIntake intake;
  private final SeenFiles seen;
  private final Clock clock;
  private final Duration settle;
  private final Duration scanInterval;
  private final Map<Path, Sighting> pending = new HashMap<>();
  private volatile boolean closed;
  private WatchService watch;
  private Thread thread;

  public FolderWatcher(Path dir, ArticleIntake intake, SeenFiles seen, Clock clock, Duration settle,
      Duration scanInterval) {
    this.dir = dir;
    this.intake = intake;
    this.seen = seen;
    this.clock = clock;
    this.settle = settle;
    this.scanInterval = scanInterval;
  }

  /** Starts watching on a daemon thread of its own; the folder must exist. */
  public synchronized FolderWatcher start() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("not a folder: " + dir);
    }
    watch = FileSystems.getDefault().newWatchService();
    dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
    thread = new Thread(this::run, "newswire-watch-" + dir.getFileName());
    thread.setDaemon(true);
    thread.start();
    LOG.info("watching {} for new files", dir);
    return this;
  }

  /** One pass over the folder: ingests every settled file not yet done; returns how many it read. */
  public synchronized int scanOnce() {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(path -> !path.equals(dir) && Files.isRegularFile(path) && !ignored(path)).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("cannot list {}: {}", dir, e.toString());
      return 0;
    }
    pending.keySet().retainAll(files);
    int read = 0;
    for (Path file : files) {
      if (closed) {
        break;
      }
      read += consider(file) ? 1 : 0;
    }
    return read;
  }

  private boolean consider(Path file) {
    long size;
    long modified;
    try {
      size = Files.size(file);
      modified = Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return false;
    }
    String key = dir.relativize(file) + "\u0000" + size + "\u0000" + modified;
    if (seen.contains(key)) {
      pending.remove(file);
      return false;
    }
    Instant now = clock.instant();
    Sighting before = pending.get(file);
    if (before == null || before.size() != size || before.modified() != modified) {
      pending.put(file, new Sighting(size, modified, now));
      if (!settle.isZero()) {
        return false;
      }
    } else if (Duration.between(before.since(), now).compareTo(settle) < 0) {
      return false;
    }
    pending.remove(file);
    if (ingest(file)) {
      seen.add(key);
    }
    return true;
  }

  /** Reads and takes one file; true when all its records were acknowledged. */
  private boolean ingest(Path file) {
    FileInput input = new FileInput(file);
    IntakeReport report;
    try {
      RawInput raw = input.read(intake.limits().maxInputBytes());
      report = intake.take(raw);
    } catch (UnreadableInputException e) {
      report = intake.reject(input.origin(), e);
    }
    intake.publisher().flush();
    try {
      report.sent().get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      LOG.info("ingested {} as {}: {} published, {} duplicates, {} rejected", file, report.format(),
          report.published(), report.duplicates(), report.failures().size());
      return true;
    } catch (ExecutionException | TimeoutException | CancellationException e) {
      LOG.error("{} is not marked done, a send failed; it will be read again: {}", file, e.toString());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void run() {
    while (!closed) {
      try {
        scanOnce();
        Duration wait = hasPending() ? min(scanInterval, settle) : scanInterval;
        WatchKey key = watch.poll(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
        if (key != null) {
          key.pollEvents();
          key.reset();
        }
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      } catch (RuntimeException e) {
        LOG.error("watching {} failed; going on", dir, e);
      }
    }
  }

  private synchronized boolean hasPending() {
    return !pending.isEmpty();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Hidden and temporary names, and anything inside a hidden folder, are never read. */
  private boolean ignored(Path file) {
    for (Path part : dir.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".tmp") || name.endsWith(".part") || name.endsWith(".partial")
        || name.endsWith(".crdownload") || name.endsWith("~");
  }

  /** Stops watching and waits for the thread; the intake and ledger stay open (their owner closes them). */
  @Override
  public void close() {
    closed = true;
    try {
      if (watch != null) {
        watch.close();
      }
      if (thread != null) {
        thread.interrupt();
        thread.join(ACK_TIMEOUT.toMillis());
      }
    } catch (IOException e) {
      LOG.warn("closing the watch service of {}: {}", dir, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
