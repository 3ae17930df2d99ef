package dev.newswire.app.process;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Feeds articles to a running pipeline on a background thread, {@code batch} at a time with a pause
 * after each, so the input keeps arriving while a test kills or stops something: the process tests'
 * one way of pacing input, whatever the batch is turned into (a file in a watched folder, an
 * in-JVM ingest run).
 */
final class PacedFeed {

  /** Feeds one batch: articles {@code first} ... of the list; returns how many it delivered. */
  @FunctionalInterface
  interface Batch {
    int feed(List<String> ids, int first);
  }

  private final CompletableFuture<Integer> done;

  private PacedFeed(CompletableFuture<Integer> done) {
    this.done = done;
  }

  static PacedFeed start(String name, List<String> ids, int batch, Duration pause, Batch feed) {
    return new PacedFeed(CompletableFuture.supplyAsync(() -> {
      int delivered = 0;
      for (int from = 0; from < ids.size(); from += batch) {
        delivered += feed.feed(ids.subList(from, Math.min(ids.size(), from + batch)), from);
        sleep(pause);
      }
      return delivered;
    }, runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      thread.start();
    }));
  }

  /** Waits for the last batch; returns the number of articles delivered; rethrows a feeding failure. */
  int awaitDone(Duration timeout) {
    try {
      return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("feeding articles failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } catch (TimeoutException e) {
      throw new AssertionError("articles not all fed after " + timeout, e);
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
