package dev.newswire.app.process;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Waiting on enrich child processes and on what they commit, shared by the enrich process tests. */
final class EnrichRuns {

  /** CoreNLP loads in 5-10 s alone; two JVMs loading it at once on two cores take longer. */
  static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);

  /**
   * Settings for the child processes: a dead instance leaves its consumer group after 10 s rather
   * than the default 45 s, and its open transaction is aborted after 10 s rather than enrich's 60 s,
   * so a restart or a takeover does not wait for it that long.
   */
  static final Map<String, String> FAST_FAILOVER = Map.of("session.timeout.ms", "10000",
      "heartbeat.interval.ms", "1000", "producer.transaction.timeout.ms", "10000");

  /**
   * {@link #FAST_FAILOVER}, and transactions held open for two seconds (newswire's default commit
   * interval is 100 ms), so that a kill or a SIGTERM reliably lands while enriched records of an
   * open transaction are on the topic: {@link #awaitOpenTransaction} waits for that moment.
   */
  static final Map<String, String> LONG_TRANSACTIONS = Map.of("session.timeout.ms", "10000",
      "heartbeat.interval.ms", "1000", "producer.transaction.timeout.ms", "10000", "commit.interval.ms", "2000");

  /** Committed and written (committed, open or aborted) enriched records at one moment. */
  record Snapshot(int committed, int written) {
    int uncommitted() {
      return written - committed;
    }
  }

  private EnrichRuns() {}

  static void awaitRunning(NewswireProcess... enrich) {
    for (NewswireProcess process : enrich) {
      process.awaitOutput("newswire enrich: running", START_TIMEOUT);
    }
  }

  /** Waits until the enriched topic holds at least {@code count} committed records; fails fast if all of {@code enrich} died. */
  static void awaitCommitted(ProcessPipeline pipeline, int count, NewswireProcess... enrich) {
    BooleanSupplier allDead = () -> Arrays.stream(enrich).noneMatch(NewswireProcess::isAlive);
    await("at least " + count + " committed enriched records").atMost(RUN_TIMEOUT)
        .pollInterval(Duration.ofMillis(100))
        .failFast("enrich processes alive", () -> {
          if (allDead.getAsBoolean()) {
            throw new AssertionError("every enrich process died:\n" + tails(enrich));
          }
        })
        .until(() -> pipeline.enrichedCommitted().size() >= count);
  }

  /**
   * Waits until at least {@code minCommitted} enriched records are committed and more are written by
   * a transaction still open (read_uncommitted sees more than read_committed).
   */
  static Snapshot awaitOpenTransaction(ProcessPipeline pipeline, int minCommitted, NewswireProcess... enrich) {
    return awaitOpenTransaction(pipeline, minCommitted, Integer.MAX_VALUE, enrich);
  }

  /** As above, and fewer than {@code maxWritten} records written: the input is not all processed yet. */
  static Snapshot awaitOpenTransaction(ProcessPipeline pipeline, int minCommitted, int maxWritten,
      NewswireProcess... enrich) {
    Snapshot[] last = new Snapshot[1];
    BooleanSupplier allDead = () -> Arrays.stream(enrich).noneMatch(NewswireProcess::isAlive);
    await("at least " + minCommitted + " committed enriched records and an open transaction").atMost(RUN_TIMEOUT)
        .pollInterval(Duration.ofMillis(50))
        .failFast("enrich processes alive", () -> {
          if (allDead.getAsBoolean()) {
            throw new AssertionError("every enrich process died:\n" + tails(enrich));
          }
        })
        .until(() -> {
          int committed = pipeline.enrichedCommitted().size();
          int written = pipeline.enrichedUncommitted().size();
          last[0] = new Snapshot(committed, written);
          return committed >= minCommitted && written > committed && written < maxWritten;
        });
    return last[0];
  }

  /** Waits for exactly {@code count} committed records, and that no more arrive for three seconds. */
  static void awaitExactlyCommitted(ProcessPipeline pipeline, int count, NewswireProcess... enrich) {
    awaitCommitted(pipeline, count, enrich);
    await("still exactly " + count + " committed enriched records").during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(20)).until(() -> pipeline.enrichedCommitted().size() == count);
  }

  static String tails(NewswireProcess... processes) {
    StringBuilder text = new StringBuilder();
    for (NewswireProcess process : processes) {
      text.append(process.tail(40));
    }
    return text.toString();
  }
}
