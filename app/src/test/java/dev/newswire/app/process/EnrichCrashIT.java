package dev.newswire.app.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.ingest.IngestConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: {@code newswire enrich} killed with SIGKILL in the middle of a batch loses nothing and
 * publishes nothing twice. {@code newswire broker}, {@code newswire ingest --watch} and
 * {@code newswire enrich} run as separate OS processes; 200 articles land in the watched folder, ten
 * to a file, one file every 250 ms, so enrich is inside an open transaction when it is killed however
 * fast this machine enriches. The enrich process is killed once some (but not all) of its output is
 * committed; a restarted process, or a second instance that was running beside it, finishes the
 * work. Read with {@code read_committed}, the enriched topic then holds exactly one record per raw
 * record, and the dead-letter topic nothing.
 */
@Tag("slow")
class EnrichCrashIT {

  private static final int ARTICLES = 200;
  private static final int KILL_AFTER = 20;
  private static final int PER_FILE = 10;
  private static final Duration PAUSE = Duration.ofMillis(250);
  private static final String METRICS_PORT = "newswire.metrics.port";
  /**
   * The related step's sequencing delay at 100 ms instead of 2 s: the feed never pauses 2 s, so by
   * default all 200 articles would leave the buffer in one burst; at 100 ms each upstream commit's
   * articles leave together, and the kill finds some output committed and some waiting or open.
   */
  private static final String SEQUENCE_QUIET = "newswire.related.sequence.quiet.ms";
  /**
   * {@link EnrichRuns#LONG_TRANSACTIONS}, metrics on a free port (two instances share the machine) and
   * a short sequencing delay.
   */
  private static final Map<String, String> ENRICH = with(with(EnrichRuns.LONG_TRANSACTIONS, METRICS_PORT, "0"),
      SEQUENCE_QUIET, "100");

  @TempDir
  Path temp;

  private NewswireProcess broker;
  private NewswireProcess ingest;
  private Path inbox;

  @AfterEach
  void stopBrokerAndIngest() {
    if (ingest != null) {
      ingest.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  /** Starts the broker and the watching ingester as processes; returns the pipeline on that broker. */
  private ProcessPipeline startBrokerAndIngest(String test) throws IOException {
    int port = BrokerProcess.freePort();
    Path logs = temp.resolve("logs");
    broker = BrokerProcess.start(logs, "broker", port, temp.resolve("broker-data"));
    ProcessPipeline pipeline = new ProcessPipeline(
        Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port),
        test + "-" + UUID.randomUUID().toString().substring(0, 8), temp, 3).createTopics();
    inbox = Files.createDirectories(temp.resolve("inbox"));
    Path config = pipeline.configFile("ingest", Map.of(
        IngestConfig.WATCH_SETTLE_MS, "100", IngestConfig.WATCH_SCAN_MS, "200", METRICS_PORT, "0"));
    ingest = NewswireProcess.start(logs, "ingest", "ingest", "--watch", inbox.toString(), "--config",
        config.toString());
    ingest.awaitOutput("ingest: running until stopped", EnrichRuns.START_TIMEOUT);
    return pipeline;
  }

  @Test
  void shouldEnrichEveryArticleExactlyOnceWhenRestartedAfterAKill() throws IOException {
    ProcessPipeline pipeline = startBrokerAndIngest("enrich-kill");
    Path state = temp.resolve("enrich-state");

    EnrichRuns.Snapshot atKill;
    PacedFeed input;
    try (NewswireProcess first = pipeline.startEnrich("enrich-1", state, ENRICH)) {
      EnrichRuns.awaitRunning(first);
      input = InboxFeed.start(inbox, ProcessPipeline.ids("kill", ARTICLES), PER_FILE, PAUSE);
      atKill = EnrichRuns.awaitOpenTransaction(pipeline, KILL_AFTER, first);
      first.kill();
    }
    assertThat(atKill.committed()).as("committed output when enrich was killed (must be mid-stream)")
        .isBetween(KILL_AFTER, ARTICLES - 1);

    try (NewswireProcess second = pipeline.startEnrich("enrich-2", state, ENRICH)) {
      EnrichRuns.awaitRunning(second);
      assertThat(input.awaitDone(EnrichRuns.RUN_TIMEOUT)).as("articles dropped").isEqualTo(ARTICLES);
      EnrichRuns.awaitExactlyCommitted(pipeline, ARTICLES, second);
    }

    assertExactlyOnce(pipeline, "restart after kill at " + atKill);
    // Proof that the kill cut a transaction with enriched records in it, which were then aborted.
    assertThat(pipeline.enrichedUncommitted()).as("enriched records written, aborted ones included")
        .hasSizeGreaterThan(ARTICLES);
    assertIngestPublishedEveryArticleOnce();
  }

  @Test
  void shouldEnrichEveryArticleExactlyOnceWhenTheOtherInstanceTakesOver() throws IOException {
    ProcessPipeline pipeline = startBrokerAndIngest("enrich-takeover");

    EnrichRuns.Snapshot atKill;
    try (NewswireProcess doomed = pipeline.startEnrich("enrich-a", temp.resolve("state-a"),
            ENRICH);
        NewswireProcess survivor = pipeline.startEnrich("enrich-b", temp.resolve("state-b"),
            ENRICH)) {
      EnrichRuns.awaitRunning(doomed, survivor);
      PacedFeed input = InboxFeed.start(inbox, ProcessPipeline.ids("takeover", ARTICLES), PER_FILE, PAUSE);
      atKill = EnrichRuns.awaitOpenTransaction(pipeline, KILL_AFTER, doomed, survivor);
      doomed.kill();
      assertThat(atKill.committed()).as("committed output when one instance was killed (must be mid-stream)")
          .isBetween(KILL_AFTER, ARTICLES - 1);
      assertThat(input.awaitDone(EnrichRuns.RUN_TIMEOUT)).as("articles dropped").isEqualTo(ARTICLES);

      EnrichRuns.awaitExactlyCommitted(pipeline, ARTICLES, survivor);
      assertThat(survivor.isAlive()).as("surviving instance still running").isTrue();
      OpsEndpoint ops = OpsEndpoint.of(survivor);
      assertThat(ops.status("/ready")).as("survivor /ready").isEqualTo(200);
      assertThat(ops.status("/health")).as("survivor /health").isEqualTo(200);
      assertThat(ops.sample("newswire_enrich_streams_state{state=\"RUNNING\"}")).isEqualTo(1.0);
    }

    assertExactlyOnce(pipeline, "takeover after kill at " + atKill);
    assertIngestPublishedEveryArticleOnce();
  }

  /** The ingest process is still up and its own metrics count every article published once. */
  private void assertIngestPublishedEveryArticleOnce() {
    assertThat(ingest.isAlive()).as("ingest still running").isTrue();
    OpsEndpoint ops = OpsEndpoint.of(ingest);
    assertThat(ops.sample("newswire_ingest_articles_published_total")).as("ingest metrics: articles published")
        .isEqualTo((double) ARTICLES);
    assertThat(ops.sample("newswire_ingest_duplicates_skipped_total")).as("ingest metrics: duplicates").isZero();
  }

  private static Map<String, String> with(Map<String, String> settings, String key, String value) {
    Map<String, String> copy = new java.util.HashMap<>(settings);
    copy.put(key, value);
    return Map.copyOf(copy);
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
