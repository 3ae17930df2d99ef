package dev.newswire.app.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.app.testing.EmbeddedKafkaExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: {@code newswire enrich} killed with SIGKILL in the middle of a batch loses nothing and
 * publishes nothing twice. 200 articles go to the raw topic; the enrich process is killed once some
 * (but not all) of its output is committed; a restarted process, or a second instance that was
 * running beside it, finishes the work. Read with {@code read_committed}, the enriched topic then
 * holds exactly one record per raw record, and the dead-letter topic nothing.
 */
@Tag("slow")
class EnrichCrashIT {

  @RegisterExtension
  static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

  private static final int ARTICLES = 200;
  private static final int KILL_AFTER = 20;
  /**
   * The articles arrive 10 at a time every 250 ms (about 8 s for all), so enrich is still inside an
   * open transaction when it is killed however fast this machine enriches.
   */
  private static final int BATCH = 10;
  private static final Duration PAUSE = Duration.ofMillis(250);

  @TempDir
  Path temp;

  @Test
  void shouldEnrichEveryArticleExactlyOnceWhenRestartedAfterAKill() {
    ProcessPipeline pipeline = new ProcessPipeline(KAFKA, "enrich-kill", temp, 3).createTopics();
    Path state = temp.resolve("enrich-state");

    EnrichRuns.Snapshot atKill;
    ProcessPipeline.Trickle input;
    try (NewswireProcess first = pipeline.startEnrich("enrich-1", state, EnrichRuns.LONG_TRANSACTIONS)) {
      EnrichRuns.awaitRunning(first);
      input = pipeline.trickle(ProcessPipeline.ids("kill", ARTICLES), BATCH, PAUSE);
      atKill = EnrichRuns.awaitOpenTransaction(pipeline, KILL_AFTER, first);
      first.kill();
    }
    assertThat(atKill.committed()).as("committed output when enrich was killed (must be mid-stream)")
        .isBetween(KILL_AFTER, ARTICLES - 1);

    try (NewswireProcess second = pipeline.startEnrich("enrich-2", state, EnrichRuns.LONG_TRANSACTIONS)) {
      EnrichRuns.awaitRunning(second);
      assertThat(input.awaitDone(EnrichRuns.RUN_TIMEOUT)).as("articles ingested").isEqualTo(ARTICLES);
      EnrichRuns.awaitExactlyCommitted(pipeline, ARTICLES, second);
    }

    assertExactlyOnce(pipeline, "restart after kill at " + atKill);
    // Proof that the kill cut a transaction with enriched records in it, which were then aborted.
    assertThat(pipeline.enrichedUncommitted()).as("enriched records written, aborted ones included")
        .hasSizeGreaterThan(ARTICLES);
  }

  @Test
  void shouldEnrichEveryArticleExactlyOnceWhenTheOtherInstanceTakesOver() {
    ProcessPipeline pipeline = new ProcessPipeline(KAFKA, "enrich-takeover", temp, 3).createTopics();

    EnrichRuns.Snapshot atKill;
    try (NewswireProcess doomed = pipeline.startEnrich("enrich-a", temp.resolve("state-a"),
            EnrichRuns.LONG_TRANSACTIONS);
        NewswireProcess survivor = pipeline.startEnrich("enrich-b", temp.resolve("state-b"),
            EnrichRuns.LONG_TRANSACTIONS)) {
      EnrichRuns.awaitRunning(doomed, survivor);
      ProcessPipeline.Trickle input = pipeline.trickle(ProcessPipeline.ids("takeover", ARTICLES), BATCH, PAUSE);
      atKill = EnrichRuns.awaitOpenTransaction(pipeline, KILL_AFTER, doomed, survivor);
      doomed.kill();
      assertThat(atKill.committed()).as("committed output when one instance was killed (must be mid-stream)")
          .isBetween(KILL_AFTER, ARTICLES - 1);
      assertThat(input.awaitDone(EnrichRuns.RUN_TIMEOUT)).as("articles ingested").isEqualTo(ARTICLES);

      EnrichRuns.awaitExactlyCommitted(pipeline, ARTICLES, survivor);
      assertThat(survivor.isAlive()).as("surviving instance still running").isTrue();
    }

    assertExactlyOnce(pipeline, "takeover after kill at " + atKill);
  }

  /** One committed enriched record per raw record (same keys), none twice, no dead letters. */
  static void assertExactlyOnce(ProcessPipeline pipeline, String scenario) {
    assertExactlyOnce(pipeline, ARTICLES, scenario);
  }

  static void assertExactlyOnce(ProcessPipeline pipeline, int articles, String scenario) {
    List<ConsumerRecord<String, byte[]>> committed = pipeline.enrichedCommitted();
    List<String> keys = ProcessPipeline.keys(committed);
    Set<String> rawKeys = Set.copyOf(ProcessPipeline.keys(pipeline.raw()));
    int uncommitted = pipeline.enrichedUncommitted().size();
    System.out.printf("%s: raw=%d committed=%d distinct=%d uncommitted(incl. aborted)=%d dead letters=%d%n",
        scenario, rawKeys.size(), keys.size(), Set.copyOf(keys).size(), uncommitted, pipeline.deadLetters().size());

    assertThat(rawKeys).as("raw articles").hasSize(articles);
    assertThat(keys).as("committed enriched keys (%s)", scenario).doesNotHaveDuplicates();
    assertThat(keys.stream().collect(Collectors.toSet())).as("committed enriched keys (%s)", scenario)
        .isEqualTo(rawKeys);
    assertThat(pipeline.deadLetters()).as("dead letters (%s)", scenario).isEmpty();
  }
}
