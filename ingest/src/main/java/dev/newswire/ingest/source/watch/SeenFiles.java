package dev.newswire.ingest.source.watch;

import dev.newswire.ingest.ArticleIds;
import dev.newswire.ingest.state.AppendLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The watcher's ledger of files already ingested, persisted in an {@link AppendLog} (one hashed key
 * per line) so that a restarted watcher skips them. A file's key is its path with its size and
 * modification time, so a file replaced by new content is read again. Thread-safe.
 */
public final class SeenFiles implements AutoCloseable {

  private final AppendLog log;
  private final Set<String> seen = new HashSet<>();

  private SeenFiles(AppendLog log) {
    this.log = log;
  }

  /** Opens the ledger of one watched folder under the state folder. */
  public static SeenFiles open(Path stateDir, Path watchedDir) {
    String scope = watchedDir.toAbsolutePath().normalize().toString();
    List<String> lines = new ArrayList<>();
    AppendLog log = AppendLog.open(stateDir.resolve("watch-" + ArticleIds.sha256Hex(scope).substring(0, 16)
        + ".ledger"), lines);
    SeenFiles files = new SeenFiles(log);
    files.seen.addAll(lines);
    return files;
  }

  public synchronized boolean contains(String fileKey) {
    return seen.contains(hash(fileKey));
  }

  public void add(String fileKey) {
    String hashed = hash(fileKey);
    synchronized (this) {
      if (!seen.add(hashed)) {
        return;
      }
    }
    log.append(hashed);
  }

  @Override
  public void close() {
    log.close();
  }

  private static String hash(String key) {
    return ArticleIds.sha256Hex(key).substring(0, 40);
  }
}
