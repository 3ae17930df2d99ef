package dev.newswire.app.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newswire.app.testing.EmbeddedKafkaExtension;
import dev.newswire.ingest.IngestConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, acceptance 2, against a real process: {@code newswire ingest --watch} killed with SIGKILL
 * (no shutdown hook, nothing flushed on the way out) and started again over the same folder and
 * ledger publishes every file exactly once: those seen before the kill are not published again, those
 * dropped while it was down are picked up.
 */
@Tag("slow")
class WatchModeKillIT {

  @RegisterExtension
  static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @TempDir
  Path temp;

  @Test
  void shouldPublishEveryDroppedFileExactlyOnceAcrossAKill() throws IOException {
    ProcessPipeline pipeline = new ProcessPipeline(KAFKA, "watch-kill", temp, 1).createTopics();
    Path inbox = Files.createDirectory(temp.resolve("inbox"));
    Path config = pipeline.configFile("ingest", Map.of(
        IngestConfig.WATCH_SETTLE_MS, "100", IngestConfig.WATCH_SCAN_MS, "200"));
    List<String> before = ProcessPipeline.ids("before", 5);
    List<String> whileDown = ProcessPipeline.ids("down", 3);

    try (NewswireProcess first = startWatch(inbox, config, "ingest-1")) {
      first.awaitOutput("ingest: running until stopped", TIMEOUT);
      drop(inbox, before);
      awaitRawCount(pipeline, before.size(), first);
      first.kill();
      assertThat(first.isAlive()).isFalse();
    }
    drop(inbox, whileDown);

    int total = before.size() + whileDown.size();
    try (NewswireProcess second = startWatch(inbox, config, "ingest-2")) {
      awaitRawCount(pipeline, total, second);
      // Nothing more may come: a re-publication of a file seen before the kill would show up here.
      await("no more than " + total + " raw records").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(20))
          .until(() -> pipeline.raw().size() == total);
      second.terminate();
      second.awaitExit(Duration.ofSeconds(30));
    }

    List<String> keys = ProcessPipeline.keys(pipeline.raw());
    assertThat(keys).hasSize(total).doesNotHaveDuplicates();
    List<String> expected = new ArrayList<>(before);
    expected.addAll(whileDown);
    assertThat(pipeline.rawSourceIds()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(pipeline.deadLetters()).isEmpty();
  }

  private static NewswireProcess startWatch(Path inbox, Path config, String name) {
    return NewswireProcess.start(inbox.getParent().resolve("logs"), name, "ingest", "--watch", inbox.toString(),
        "--config", config.toString());
  }

  private static void awaitRawCount(ProcessPipeline pipeline, int count, NewswireProcess ingest) {
    await(count + " raw records from " + ingest).atMost(TIMEOUT).pollInterval(Duration.ofMillis(200))
        .failFast(ingest + " alive", () -> {
          if (!ingest.isAlive()) {
            throw new AssertionError(ingest + " died:\n" + ingest.tail(40));
          }
        })
        .until(() -> pipeline.raw().size() >= count);
  }

  /** Writes each article to a temporary name outside the folder's pattern, then renames it in. */
  private static void drop(Path inbox, List<String> ids) throws IOException {
    for (int i = 0; i < ids.size(); i++) {
      Path staged = Files.writeString(inbox.getParent().resolve(ids.get(i) + ".json.tmp"),
          ProcessPipeline.article(ids.get(i), i));
      Files.move(staged, inbox.resolve(ids.get(i) + ".json"), StandardCopyOption.ATOMIC_MOVE);
    }
  }
}
