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
   * than the default 45 s, so a restart or a takeover does not wait for it that long.
   */
  static final Map<String, String> FAST_FAILOVER = Map.of("session.timeout.ms", "10000",
      "heartbeat.interval.ms", "1000");

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
