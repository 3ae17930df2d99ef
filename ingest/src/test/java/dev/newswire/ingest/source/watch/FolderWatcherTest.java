package dev.newswire.ingest.source.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newswire.ingest.ArticleIntake;
import dev.newswire.ingest.MockKafka;
import dev.newswire.ingest.dedup.ArticleLedger;
import dev.newswire.ingest.dedup.FileArticleLedgers;
import dev.newswire.ingest.format.FormatDetector;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.schemas.NewsArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {

  @TempDir
  Path state;

  @TempDir
  Path inbox;

  private final MockKafka kafka = new MockKafka(true);

  @Test
  void shouldPublishDroppedFilesOnceAndNothingAgainAfterRestart() throws IOException {
    drop("one.json", "{\"id\": \"1\", \"headline\": \"First Drop\", \"body\": \"Text one.\"}");
    try (Watch watch = new Watch()) {
      await().atMost(Duration.ofSeconds(10)).until(() -> headlines().contains("First Drop"));
      drop("two.json", "{\"id\": \"2\", \"headline\": \"Second Drop\", \"body\": \"Text two.\"}");
      Files.writeString(inbox.resolve("three.json.tmp"), "{\"id\": \"3\", \"headline\": \"Half Writ");
      await().atMost(Duration.ofSeconds(10)).until(() -> headlines().contains("Second Drop"));
      assertThat(headlines()).doesNotContain("Half Writ");
    }
    try (Watch restarted = new Watch()) {
      drop("four.json", "{\"id\": \"4\", \"headline\": \"After Restart\", \"body\": \"Text four.\"}");
      await().atMost(Duration.ofSeconds(10)).until(() -> headlines().contains("After Restart"));
      restarted.watcher.scanOnce();
    }

    assertThat(headlines()).containsExactly("First Drop", "Second Drop", "After Restart");
    assertThat(kafka.deadLetters.history()).isEmpty();
  }

  @Test
  void shouldNotRepublishAnArticleWhoseFileLedgerWasLost() throws IOException {
    drop("one.json", "{\"id\": \"1\", \"headline\": \"Only Once\", \"body\": \"Text.\"}");
    try (Watch watch = new Watch(false)) {
      assertThat(watch.watcher.scanOnce()).isEqualTo(1);
    }
    try (var listing = Files.list(state)) {
      for (Path file : listing.filter(path -> path.getFileName().toString().startsWith("watch-")).toList()) {
        Files.delete(file);
      }
    }
    try (Watch watch = new Watch(false)) {
      assertThat(watch.watcher.scanOnce()).isEqualTo(1);
      assertThat(watch.watcher.scanOnce()).isZero();
    }

    assertThat(headlines()).containsExactly("Only Once");
  }

  private List<String> headlines() {
    return kafka.articles.history().stream().map(ProducerRecord::value).map(NewsArticle::getHeadline).toList();
  }

  /** Writes under a temporary name, then renames, as a careful producer does. */
  private void drop(String name, String content) throws IOException {
    Path temp = Files.writeString(inbox.resolve("." + name + ".part"), content);
    Files.move(temp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
  }

  private final class Watch implements AutoCloseable {
    final ArticleLedger ledger = FileArticleLedgers.open(state, "test");
    final SeenFiles seen = SeenFiles.open(state, inbox);
    final FolderWatcher watcher;

    Watch() throws IOException {
      this(true);
    }

    /** A started watcher, or one that only scans when told to (settling at once). */
    Watch(boolean start) throws IOException {
      ArticleIntake intake = ArticleIntake.builder(kafka.publisher, FormatDetector.standard(FormatLimits.defaults()),
          Clock.systemUTC()).languages(text -> null).ledger(ledger).build();
      watcher = new FolderWatcher(inbox, intake, seen, Clock.systemUTC(), start ? Duration.ofMillis(50) : Duration.ZERO,
          Duration.ofMillis(100));
      if (start) {
        watcher.start();
      }
    }

    @Override
    public void close() {
      watcher.close();
      seen.close();
      ledger.close();
    }
  }
}
