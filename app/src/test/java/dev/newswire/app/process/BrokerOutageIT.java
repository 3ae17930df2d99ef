package dev.newswire.app.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newswire.ingest.IngestConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.CommonClientConfigs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, resilience: the broker dies mid-stream and comes back. {@code newswire broker} runs as a
 * child process on a fixed port and data dir, {@code newswire enrich} and {@code newswire ingest --watch}
 * as child processes with newswire's default settings; the test drops files of 10 articles into the
 * watched folder, one every 400 ms. Once enriched output is committed the broker is killed with
 * SIGKILL, more files land while it is down, it is started again on the same port and data dir
 * (after 5 s, plus its own start-up time), and the last files land after that. Neither stage is restarted: both must
 * recover on their own, and read with {@code read_committed} the enriched topic must hold every
 * ingested article exactly once, with nothing on the dead-letter topic.
 */
@Tag("slow")
class BrokerOutageIT {

  private static final int FILES = 30;
  private static final int PER_FILE = 10;
  private static final int ARTICLES = FILES * PER_FILE;
  /** Files dropped before the kill; the next ones land while the broker is down. */
  private static final int BEFORE_KILL = 10;
  /** Files held back until the broker is back, so input keeps arriving after the outage too. */
  private static final int AFTER_RESTART = 5;
  private static final Duration FILE_PAUSE = Duration.ofMillis(400);
  private static final Duration OUTAGE = Duration.ofSeconds(5);
  private static final int KILL_AFTER = 30;

  @TempDir
  Path temp;

  @Test
  void shouldEnrichEveryArticleExactlyOnceAcrossABrokerKillAndRestart() throws Exception {
    int port = BrokerProcess.freePort();
    Path dataDir = temp.resolve("broker-data");
    Path logs = temp.resolve("logs");
    Path inbox = Files.createDirectories(temp.resolve("inbox"));
    NewswireProcess firstBroker = startBroker(logs, "broker-1", port, dataDir);
    NewswireProcess secondBroker = null;
    ProcessPipeline pipeline = new ProcessPipeline(
        Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port),
        "restart-" + UUID.randomUUID().toString().substring(0, 8), temp, 3).createTopics();
    Path ingestConfig = pipeline.configFile("ingest", Map.of(
        IngestConfig.WATCH_SETTLE_MS, "100", IngestConfig.WATCH_SCAN_MS, "200"));
    CountDownLatch killed = new CountDownLatch(1);
    CountDownLatch restarted = new CountDownLatch(1);
    AtomicInteger dropped = new AtomicInteger();

    try (NewswireProcess enrich = pipeline.startEnrich("enrich", temp.resolve("enrich-state"), Map.of());
        NewswireProcess ingest = NewswireProcess.start(logs, "ingest", "ingest", "--watch", inbox.toString(),
            "--config", ingestConfig.toString())) {
      EnrichRuns.awaitRunning(enrich);
      ingest.awaitOutput("ingest: running until stopped", EnrichRuns.START_TIMEOUT);
      CompletableFuture<Void> feeder = CompletableFuture.runAsync(() -> feed(inbox, dropped, killed, restarted));

      EnrichRuns.awaitCommitted(pipeline, KILL_AFTER, enrich);
      int committedAtKill = pipeline.enrichedCommitted().size();
      long killedAt = System.nanoTime();
      firstBroker.kill();
      int droppedAtKill = dropped.get();
      killed.countDown();
      Thread.sleep(OUTAGE.toMillis()); // the outage itself: the broker stays down this long
      secondBroker = startBroker(logs, "broker-2", port, dataDir);
      long outageMillis = (System.nanoTime() - killedAt) / 1_000_000;
      int droppedAtRestart = dropped.get();
      restarted.countDown();

      feeder.get(EnrichRuns.RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      awaitRaw(pipeline, ARTICLES, enrich, ingest);
      EnrichRuns.awaitExactlyCommitted(pipeline, ARTICLES, enrich);

      System.out.printf("broker outage: killed at %d committed / %d articles dropped, back after %d ms, %d dropped "
              + "by then%n", committedAtKill, droppedAtKill * PER_FILE, outageMillis, droppedAtRestart * PER_FILE);
      assertThat(committedAtKill).as("committed output when the broker was killed (must be mid-stream)")
          .isBetween(KILL_AFTER, BEFORE_KILL * PER_FILE);
      assertThat(droppedAtRestart - droppedAtKill).as("files dropped while the broker was down").isPositive();
      assertThat(ProcessPipeline.keys(pipeline.raw())).as("raw records: every article once")
          .hasSize(ARTICLES).doesNotHaveDuplicates();
      assertThat(pipeline.rawSourceIds()).as("source ids on the raw topic")
          .containsExactlyInAnyOrderElementsOf(allIds());
      EnrichCrashIT.assertExactlyOnce(pipeline, ARTICLES, "broker killed and restarted");
      assertThat(enrich.isAlive()).as("enrich still running\n%s", enrich.tail(40)).isTrue();
      assertThat(ingest.isAlive()).as("ingest still running\n%s", ingest.tail(40)).isTrue();
      assertThat(ingest.output()).as("ingest log").doesNotContain("send failed").doesNotContain("not marked done");
    } finally {
      firstBroker.close();
      if (secondBroker != null) {
        secondBroker.close();
      }
    }
  }

  /**
   * Drops the files one by one: {@link #BEFORE_KILL} at once, the next ones once the broker is
   * killed, the last {@link #AFTER_RESTART} once it is back.
   */
  private static void feed(Path inbox, AtomicInteger dropped, CountDownLatch killed, CountDownLatch restarted) {
    try {
      for (int file = 0; file < FILES; file++) {
        if (file == BEFORE_KILL) {
          killed.await();
        }
        if (file == FILES - AFTER_RESTART) {
          restarted.await();
        }
        InboxFeed.drop(inbox, allIds().subList(file * PER_FILE, (file + 1) * PER_FILE), file * PER_FILE);
        dropped.incrementAndGet();
        Thread.sleep(FILE_PAUSE.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("feeder interrupted", e);
    }
  }

  private static String id(int n) {
    return String.format(java.util.Locale.ROOT, "outage-%03d", n);
  }

  private static List<String> allIds() {
    return java.util.stream.IntStream.range(0, ARTICLES).mapToObj(BrokerOutageIT::id).toList();
  }

  private static NewswireProcess startBroker(Path logs, String name, int port, Path dataDir) {
    return BrokerProcess.start(logs, name, port, dataDir);
  }

  private static void awaitRaw(ProcessPipeline pipeline, int count, NewswireProcess enrich, NewswireProcess ingest) {
    await(count + " raw records").atMost(EnrichRuns.RUN_TIMEOUT).pollInterval(Duration.ofMillis(200))
        .failFast("ingest and enrich alive", () -> {
          if (!ingest.isAlive() || !enrich.isAlive()) {
            throw new AssertionError("a stage died:\n" + EnrichRuns.tails(ingest, enrich));
          }
        })
        .until(() -> pipeline.raw().size() >= count);
  }
}
