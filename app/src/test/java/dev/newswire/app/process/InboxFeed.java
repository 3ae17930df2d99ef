package dev.newswire.app.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Drops articles into the folder a {@code newswire ingest --watch} process watches, as a wire desk
 * would: {@code perFile} articles per JSON Lines file, written beside the folder and renamed in, one
 * file every {@code pause}, on a background thread, so the input keeps arriving while the test does
 * its damage.
 */
final class InboxFeed {

  private final CompletableFuture<Integer> done;

  private InboxFeed(CompletableFuture<Integer> done) {
    this.done = done;
  }

  /** Starts dropping {@code ids} (article {@code n} of the list is {@link ProcessPipeline#article}(id, n)). */
  static InboxFeed start(Path inbox, List<String> ids, int perFile, Duration pause) {
    return new InboxFeed(CompletableFuture.supplyAsync(() -> {
      int files = 0;
      for (int from = 0; from < ids.size(); from += perFile) {
        drop(inbox, ids, from, Math.min(ids.size(), from + perFile));
        files++;
        sleep(pause);
      }
      return files;
    }, runnable -> {
      Thread thread = new Thread(runnable, "inbox-feed");
      thread.setDaemon(true);
      thread.start();
    }));
  }

  /** Waits for the last file; returns the number of files dropped. */
  int awaitDone(Duration timeout) {
    try {
      return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("dropping files failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } catch (TimeoutException e) {
      throw new AssertionError("files not all dropped after " + timeout, e);
    }
  }

  private static void drop(Path inbox, List<String> ids, int from, int to) {
    StringBuilder lines = new StringBuilder();
    for (int i = from; i < to; i++) {
      lines.append(ProcessPipeline.article(ids.get(i), i)).append('\n');
    }
    String name = "batch-" + ids.get(from) + ".jsonl";
    try {
      Path staged = Files.writeString(inbox.getParent().resolve(name + ".tmp"), lines);
      Files.move(staged, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
