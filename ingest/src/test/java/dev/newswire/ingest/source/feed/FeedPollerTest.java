package dev.newswire.ingest.source.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.newswire.ingest.ArticleIntake;
import dev.newswire.ingest.MockKafka;
import dev.newswire.ingest.dedup.ArticleLedger;
import dev.newswire.ingest.format.FormatDetector;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.schemas.NewsArticle;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedPollerTest {

  private static final String ITEM = "<item><title>%s</title><guid>%s</guid><description>Body of %s.</description></item>";

  private final MockKafka kafka = new MockKafka(true);
  private final AtomicReference<String> feed = new AtomicReference<>();
  private final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
  private HttpServer server;
  private URI url;

  @BeforeEach
  void setUp() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/feed.rss", exchange -> {
      String body = feed.get();
      String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
      String condition = exchange.getRequestHeaders().getFirst("If-None-Match");
      ifNoneMatch.add(String.valueOf(condition));
      exchange.getResponseHeaders().set("ETag", etag);
      if (etag.equals(condition)) {
        exchange.sendResponseHeaders(304, -1);
      } else {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
      }
      exchange.close();
    });
    server.createContext("/redirect", exchange -> {
      exchange.getResponseHeaders().set("Location", "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.rss");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    server.start();
    url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed.rss");
  }

  @AfterEach
  void tearDown() {
    server.stop(0);
  }

  @Test
  void shouldPublishNewItemsOnceAndSendConditionalRequests() {
    FeedPoller poller = poller(true);
    feed.set(rss(ITEM.formatted("Alpha", "a", "alpha") + ITEM.formatted("Beta", "b", "beta")));

    assertThat(poller.poll(url)).isEqualTo(FeedPoller.Outcome.READ);
    assertThat(poller.poll(url)).isEqualTo(FeedPoller.Outcome.NOT_MODIFIED);
    feed.set(rss(ITEM.formatted("Gamma", "c", "gamma") + ITEM.formatted("Alpha", "a", "alpha")
        + ITEM.formatted("Beta", "b", "beta")));
    assertThat(poller.poll(url)).isEqualTo(FeedPoller.Outcome.READ);

    assertThat(headlines()).containsExactly("Alpha", "Beta", "Gamma");
    assertThat(ifNoneMatch).hasSize(3);
    assertThat(ifNoneMatch.get(0)).isEqualTo("null");
    assertThat(ifNoneMatch.get(1)).startsWith("\"");
  }

  @Test
  void shouldRefuseLoopbackFeedsUnlessAllowed() {
    feed.set(rss(ITEM.formatted("Alpha", "a", "alpha")));

    assertThat(poller(false).poll(url)).isEqualTo(FeedPoller.Outcome.FAILED);
    assertThat(poller(false).poll(URI.create(url.toString().replace("/feed.rss", "/redirect"))))
        .isEqualTo(FeedPoller.Outcome.FAILED);
    assertThat(ifNoneMatch).isEmpty();
    assertThat(poller(true).poll(URI.create(url.toString().replace("/feed.rss", "/redirect"))))
        .isEqualTo(FeedPoller.Outcome.READ);
    assertThat(headlines()).containsExactly("Alpha");
  }

  @Test
  void shouldAcceptOnlyHttpAndHttpsUrls() {
    assertThatThrownBy(() -> FeedAddressPolicy.parse("file:///etc/passwd")).hasMessageContaining("only http and https");
    assertThatThrownBy(() -> FeedAddressPolicy.parse("ftp://example.org/feed")).hasMessageContaining("only http and https");
    assertThat(FeedAddressPolicy.parse("https://example.org/feed").getHost()).isEqualTo("example.org");
  }

  @Test
  void shouldRejectAFeedOverTheSizeLimitAsADeadLetter() {
    feed.set(rss(ITEM.formatted("Alpha", "a", "alpha".repeat(200))));
    ArticleIntake intake = ArticleIntake.builder(kafka.publisher, FormatDetector.standard(FormatLimits.defaults()),
        Clock.systemUTC()).languages(text -> null).build();
    FeedFetcher fetcher = new FeedFetcher(new FeedAddressPolicy(true), Duration.ofSeconds(5), Duration.ofSeconds(5), 500);

    assertThat(new FeedPoller(List.of(url), intake, fetcher, Duration.ofMinutes(5)).poll(url))
        .isEqualTo(FeedPoller.Outcome.FAILED);
    assertThat(kafka.deadLetters.history()).singleElement()
        .satisfies(letter -> assertThat(letter.value().getReason()).isEqualTo("TOO_LARGE"));
  }

  private FeedPoller poller(boolean allowPrivate) {
    ArticleIntake intake = ArticleIntake.builder(kafka.publisher, FormatDetector.standard(FormatLimits.defaults()),
        Clock.systemUTC()).languages(text -> null).ledger(ledger).build();
    FeedFetcher fetcher = new FeedFetcher(new FeedAddressPolicy(allowPrivate), Duration.ofSeconds(5),
        Duration.ofSeconds(5), 1 << 20);
    return new FeedPoller(List.of(url), intake, fetcher, Duration.ofMinutes(5));
  }

  private final ArticleLedger ledger = ArticleLedger.inMemory();

  private List<String> headlines() {
    return kafka.articles.history().stream().map(ProducerRecord::value).map(NewsArticle::getHeadline).toList();
  }

  private static String rss(String items) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test Feed</title>" + items + "</channel></rss>";
  }
}
