package dev.newswire.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.newswire.app.run.IngestRun;
import dev.newswire.app.testing.EmbeddedKafkaExtension;
import dev.newswire.schemas.NewsArticle;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 3: a local HTTP server serves an RSS file with an ETag; the poller publishes its items
 * once, and later polls of the unchanged feed are conditional (If-None-Match), get 304 and publish
 * nothing.
 */
class FeedPollingIT {

  @RegisterExtension
  static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

  private static final String FEED = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>IT Feed</title>"
      + "<item><title>Feed Item One</title><guid>it-1</guid><description>First item text.</description></item>"
      + "<item><title>Feed Item Two</title><guid>it-2</guid><description>Second item text.</description></item>"
      + "</channel></rss>";
  private static final String ETAG = "\"feed-v1\"";

  @TempDir
  Path temp;

  private final List<String> conditions = new CopyOnWriteArrayList<>();
  private final List<Integer> statuses = new CopyOnWriteArrayList<>();
  private HttpServer server;

  @BeforeEach
  void serveFeed() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/feed.rss", exchange -> {
      String condition = exchange.getRequestHeaders().getFirst("If-None-Match");
      conditions.add(String.valueOf(condition));
      exchange.getResponseHeaders().set("ETag", ETAG);
      if (ETAG.equals(condition)) {
        statuses.add(304);
        exchange.sendResponseHeaders(304, -1);
      } else {
        byte[] bytes = FEED.getBytes(StandardCharsets.UTF_8);
        statuses.add(200);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
      }
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void shouldPublishNewItemsOnceAndPollConditionally() {
    IngestItTopics topics = new IngestItTopics(KAFKA, "feed", temp);
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.rss";
    IngestRun.Services feeds = new IngestRun.Services(null, List.of(url), Duration.ofMillis(300), null, true);

    try (IngestRun run = IngestRun.open(topics.props).start(feeds)) {
      topics.awaitRaw(2);
      await().atMost(IngestItTopics.TIMEOUT).until(() -> statuses.stream().filter(status -> status == 304).count() >= 2);
    }

    List<NewsArticle> raw = topics.allRaw();
    assertThat(raw).extracting(NewsArticle::getHeadline).containsExactly("Feed Item One", "Feed Item Two");
    assertThat(raw).extracting(NewsArticle::getOrigin).containsOnly(url);
    assertThat(conditions.get(0)).isEqualTo("null");
    assertThat(conditions.subList(1, conditions.size())).containsOnly(ETAG);
  }

  @Test
  void shouldRefuseALoopbackFeedUnlessAllowed() {
    IngestItTopics topics = new IngestItTopics(KAFKA, "feed-ssrf", temp);
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.rss";
    IngestRun.Services feeds = new IngestRun.Services(null, List.of(url), Duration.ofMillis(200), null, false);

    try (IngestRun run = IngestRun.open(topics.props).start(feeds)) {
      await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
    }

    assertThat(conditions).isEmpty();
    assertThat(topics.allRaw()).isEmpty();
  }
}
