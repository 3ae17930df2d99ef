package dev.newswire.app.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.app.testing.EmbeddedKafkaExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: SIGTERM to a busy {@code newswire enrich} closes it cleanly: the process exits within 30 s
 * with the JVM's exit status for SIGTERM, its open transaction is committed rather than aborted
 * (what read_uncommitted sees equals what read_committed sees), every committed record is distinct,
 * and a restarted process completes the rest without repeating any of it.
 */
@Tag("slow")
class EnrichShutdownIT {

  @RegisterExtension
  static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

  private static final int ARTICLES = 600;
  /** The articles arrive 30 every 250 ms, so the stop lands in an open transaction on any machine. */
  private static final int BATCH = 30;
  private static final Duration PAUSE = Duration.ofMillis(250);
  /** 128 + 15: the JVM ends with this status when SIGTERM started its shutdown, whatever the hooks do. */
  private static final int EXIT_ON_SIGTERM = 143;

  @TempDir
  Path temp;

  @Test
  void shouldCommitAndExitWithinThirtySecondsOnSigterm() {
    ProcessPipeline pipeline = new ProcessPipeline(KAFKA, "enrich-term", temp, 3).createTopics();
    Path state = temp.resolve("enrich-state");

    int exitCode;
    long shutdownMillis;
    EnrichRuns.Snapshot atSignal;
    PacedFeed input;
    try (NewswireProcess enrich = pipeline.startEnrich("enrich-1", state, EnrichRuns.LONG_TRANSACTIONS)) {
      EnrichRuns.awaitRunning(enrich);
      input = pipeline.trickle(ProcessPipeline.ids("term", ARTICLES), BATCH, PAUSE);
      atSignal = EnrichRuns.awaitOpenTransaction(pipeline, 20, enrich);
      long signalled = System.nanoTime();
      enrich.terminate();
      exitCode = enrich.awaitExit(Duration.ofSeconds(30));
      shutdownMillis = (System.nanoTime() - signalled) / 1_000_000;
      assertThat(enrich.output()).as("enrich log").contains("closed").doesNotContain("timed out after");
    }

    List<ConsumerRecord<String, byte[]>> committed = pipeline.enrichedCommitted();
    int uncommitted = pipeline.enrichedUncommitted().size();
    System.out.printf("SIGTERM at %s: exit %d after %d ms; committed=%d distinct=%d uncommitted=%d%n", atSignal, exitCode,
        shutdownMillis, committed.size(), Set.copyOf(ProcessPipeline.keys(committed)).size(), uncommitted);
    assertThat(exitCode).as("exit code after SIGTERM").isEqualTo(EXIT_ON_SIGTERM);
    assertThat(ProcessPipeline.keys(committed)).as("committed output at stop").doesNotHaveDuplicates();
    assertThat(committed.size()).as("committed output at stop").isBetween(20, ARTICLES);
    assertThat(uncommitted).as("records written, committed or aborted: a clean close aborts nothing")
        .isEqualTo(committed.size());
    assertThat(committed).as("the transaction open at SIGTERM was committed by the close")
        .hasSizeGreaterThanOrEqualTo(atSignal.written());

    try (NewswireProcess restarted = pipeline.startEnrich("enrich-2", state, EnrichRuns.LONG_TRANSACTIONS)) {
      EnrichRuns.awaitRunning(restarted);
      assertThat(input.awaitDone(EnrichRuns.RUN_TIMEOUT)).as("articles ingested").isEqualTo(ARTICLES);
      EnrichRuns.awaitExactlyCommitted(pipeline, ARTICLES, restarted);
    }
    EnrichCrashIT.assertExactlyOnce(pipeline, ARTICLES, "restart after SIGTERM at " + atSignal);
  }
}
