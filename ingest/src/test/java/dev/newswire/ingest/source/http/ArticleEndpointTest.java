package dev.newswire.ingest.source.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.ingest.ArticleIntake;
import dev.newswire.ingest.MockKafka;
import dev.newswire.ingest.dedup.ArticleLedger;
import dev.newswire.ingest.format.FormatDetector;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.NewsArticle;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticleEndpointTest {

  static final String NINJS = "{\"uri\": \"urn:test:1\", \"versioncreated\": \"2024-05-01T09:00:00Z\", "
      + "\"headline\": \"Posted Story\", \"body_text\": \"Posted body.\"}";

  private final MockKafka kafka = new MockKafka(true);
  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private ArticleEndpoint endpoint;

  @BeforeEach
  void setUp() throws IOException {
    ArticleIntake intake = ArticleIntake.builder(kafka.publisher, FormatDetector.standard(FormatLimits.defaults()),
        Clock.systemUTC()).languages(text -> null).ledger(ArticleLedger.inMemory()).build();
    endpoint = ArticleEndpoint.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), intake, 4096,
        Duration.ofSeconds(10));
  }

  @AfterEach
  void tearDown() {
    endpoint.close();
  }

  @Test
  void shouldAcceptNinjsWithTheArticleId() throws Exception {
    HttpResponse<String> response = post("application/json", NINJS);

    assertThat(response.statusCode()).isEqualTo(202);
    JsonNode body = json.readTree(response.body());
    NewsArticle article = kafka.articles.history().get(0).value();
    assertThat(body.get("id").asText()).isEqualTo(article.getId());
    assertThat(body.get("format").asText()).isEqualTo("NINJS");
    assertThat(article.getOrigin()).isEqualTo("http");
  }

  @Test
  void shouldDetectTheFormatWithoutContentType() throws Exception {
    HttpResponse<String> response = post(null, "<nitf><body><body.head><hedline><hl1>Untyped</hl1></hedline>"
        + "</body.head><body.content><p>Text.</p></body.content></body></nitf>");

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(kafka.articles.history()).extracting(record -> record.value().getHeadline()).containsExactly("Untyped");
  }

  @Test
  void shouldAnswerClearErrorsAndSendDeadLetters() throws Exception {
    HttpResponse<String> malformed = post("application/json", "{\"uri\": \"x\", \"headline\": ");
    HttpResponse<String> unsupported = post("image/png", "PNG...");
    HttpResponse<String> oversize = post("application/json", "{\"headline\": \"" + "x".repeat(5000) + "\"}");
    HttpResponse<String> mismatch = post("application/json", "Plain Headline\n\nPlain body text.");
    HttpResponse<String> xxe = post("application/xml", "<!DOCTYPE nitf [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><nitf>&x;</nitf>");

    assertError(malformed, 400, "MALFORMED_JSON");
    assertError(unsupported, 415, "UNSUPPORTED_MEDIA_TYPE");
    assertError(oversize, 413, "TOO_LARGE");
    assertError(mismatch, 415, "UNSUPPORTED_FORMAT");
    assertError(xxe, 400, "FORBIDDEN_XML");
    assertThat(kafka.deadLetters.history()).extracting(ProducerRecord::value).extracting(DeadLetter::getReason)
        .containsExactly("MALFORMED_JSON", "UNSUPPORTED_MEDIA_TYPE", "TOO_LARGE", "UNSUPPORTED_FORMAT", "FORBIDDEN_XML");
    assertThat(kafka.articles.history()).isEmpty();
    assertThat(post("application/json", NINJS).statusCode()).isEqualTo(202);
  }

  @Test
  void shouldAnswerHealthAndRefuseOtherMethods() throws Exception {
    HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri("/health")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> get = client.send(HttpRequest.newBuilder(uri("/articles")).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(json.readTree(health.body()).get("status").asText()).isEqualTo("UP");
    assertError(get, 405, "METHOD_NOT_ALLOWED");
  }

  private void assertError(HttpResponse<String> response, int status, String error) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("error").asText()).isEqualTo(error);
    assertThat(body.get("message").asText()).isNotBlank();
  }

  private HttpResponse<String> post(String contentType, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri("/articles")).POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + endpoint.port() + path);
  }
}
