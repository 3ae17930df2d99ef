package dev.newswire.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newswire.app.run.IngestRun;
import dev.newswire.app.testing.EmbeddedKafkaExtension;
import dev.newswire.schemas.NewsArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 2: files dropped into a watched folder while ingest runs are published once each; after
 * the run is stopped and started again over the same folder and state, nothing is published twice.
 */
class WatchModeIT {

  @RegisterExtension
  static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

  @TempDir
  Path temp;

  @Test
  void shouldPublishDroppedFilesOnceAcrossARestart() throws IOException {
    Path inbox = Files.createDirectory(temp.resolve("inbox"));
    IngestItTopics topics = new IngestItTopics(KAFKA, "watch", temp);
    topics.props.setProperty("newswire.ingest.watch.settle.ms", "100");
    topics.props.setProperty("newswire.ingest.watch.scan.interval.ms", "200");
    IngestRun.Services watch = new IngestRun.Services(inbox, List.of(), null, null, false);

    try (IngestRun run = IngestRun.open(topics.props).start(watch)) {
      drop(inbox, "a.json", "{\"id\": \"a\", \"headline\": \"First Landing\", \"body\": \"A body.\"}");
      drop(inbox, "b.xml", "<nitf><body><body.head><hedline><hl1>Second Landing</hl1></hedline></body.head>"
          + "<body.content><p>B body.</p></body.content></body></nitf>");
      topics.awaitRaw(2);
    }
    drop(inbox, "c.txt", "Third Landing While Down\n\nC body written while ingest was stopped.");
    try (IngestRun restarted = IngestRun.open(topics.props).start(watch)) {
      drop(inbox, "d.json", "{\"id\": \"d\", \"headline\": \"Fourth Landing\", \"body\": \"D body.\"}");
      topics.awaitRaw(4);
      await().atMost(IngestItTopics.TIMEOUT).untilAsserted(() -> assertThat(headlines(topics.allRaw())).hasSize(4));
    }

    assertThat(headlines(topics.allRaw())).containsExactlyInAnyOrder("First Landing", "Second Landing",
        "Third Landing While Down", "Fourth Landing");
  }

  private static List<String> headlines(List<NewsArticle> articles) {
    return articles.stream().map(NewsArticle::getHeadline).toList();
  }

  private static void drop(Path inbox, String name, String content) throws IOException {
    Path temp = Files.writeString(inbox.resolve(name + ".tmp"), content);
    Files.move(temp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
  }
}
