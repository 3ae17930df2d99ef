package dev.newswire.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.app.run.IngestRun;
import dev.newswire.app.testing.EmbeddedKafkaExtension;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.NewsArticle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 4 and 5 over the HTTP endpoint: valid ninjs gives 202 and the article on the raw topic;
 * malformed JSON, an unsupported type, an oversize body, an XXE and a billion-laughs document give
 * 4xx with a JSON error and a dead letter each; the referenced local file is not read, and the
 * endpoint keeps working afterwards.
 */
class HttpEndpointIT {

  @RegisterExtension
  static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

  private static final String NINJS = "{\"uri\": \"urn:it:%s\", \"versioncreated\": \"2024-05-01T09:00:00Z\", "
      + "\"headline\": \"%s\", \"body_text\": \"Text of the posted story.\", \"subjects\": [{\"name\": \"tests\"}]}";
  private static final String SECRET = "IT-SECRET-0815";

  @TempDir
  Path temp;

  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldAcceptGoodArticlesAndRejectBadOnesClearly() throws Exception {
    IngestItTopics topics = new IngestItTopics(KAFKA, "http", temp);
    topics.props.setProperty("newswire.ingest.http.host", "127.0.0.1");
    topics.props.setProperty("newswire.ingest.http.max.body.bytes", "8192");
    Path secret = Files.writeString(temp.resolve("secret.txt"), SECRET);

    try (IngestRun run = IngestRun.open(topics.props).start(new IngestRun.Services(null, List.of(), null, 0, false))) {
      URI articles = URI.create("http://127.0.0.1:" + run.httpPort() + "/articles");
      HttpResponse<String> accepted = post(articles, "application/json", NINJS.formatted("1", "Posted Story"));
      HttpResponse<String> malformed = post(articles, "application/json", "{\"uri\": \"x\",");
      HttpResponse<String> unsupported = post(articles, "application/pdf", "%PDF-1.7");
      HttpResponse<String> oversize = post(articles, "text/plain", "Big\n\n" + "x".repeat(9000));
      HttpResponse<String> xxe = post(articles, "application/xml", "<?xml version=\"1.0\"?><!DOCTYPE nitf ["
          + "<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]><nitf><body><body.head><hedline><hl1>&s;</hl1></hedline>"
          + "</body.head><body.content><p>&s;</p></body.content></body></nitf>");
      HttpResponse<String> laughs = post(articles, null, billionLaughs());
      HttpResponse<String> afterwards = post(articles, null, NINJS.formatted("2", "Still Running"));
      HttpResponse<String> health = client.send(HttpRequest.newBuilder(articles.resolve("/health")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(accepted.statusCode()).isEqualTo(202);
      String id = json.readTree(accepted.body()).get("id").asText();
      assertError(malformed, 400, "MALFORMED_JSON");
      assertError(unsupported, 415, "UNSUPPORTED_MEDIA_TYPE");
      assertError(oversize, 413, "TOO_LARGE");
      assertError(xxe, 400, "FORBIDDEN_XML");
      assertError(laughs, 400, "FORBIDDEN_XML");
      assertThat(afterwards.statusCode()).isEqualTo(202);
      assertThat(health.statusCode()).isEqualTo(200);

      List<NewsArticle> raw = topics.awaitRaw(2);
      assertThat(raw).extracting(NewsArticle::getHeadline).containsExactly("Posted Story", "Still Running");
      assertThat(raw.get(0).getId()).isEqualTo(id);
      assertThat(raw.get(0).getOrigin()).isEqualTo("http");
      List<DeadLetter> letters = topics.awaitDeadLetters(5);
      assertThat(letters).extracting(DeadLetter::getReason).containsExactly("MALFORMED_JSON",
          "UNSUPPORTED_MEDIA_TYPE", "TOO_LARGE", "FORBIDDEN_XML", "FORBIDDEN_XML");
      assertThat(letters).allSatisfy(letter -> {
        assertThat(letter.getErrorMessage()).doesNotContain(SECRET);
        if (letter.getOriginalBytes() != null) {
          assertThat(StandardCharsets.UTF_8.decode(letter.getOriginalBytes().duplicate()).toString()).doesNotContain(SECRET);
        }
      });
    }
  }

  private void assertError(HttpResponse<String> response, int status, String error) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("error").asText()).isEqualTo(error);
    assertThat(body.get("message").asText()).isNotBlank();
    assertThat(body.get("deadLetter").asBoolean()).isTrue();
  }

  private HttpResponse<String> post(URI uri, String contentType, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String billionLaughs() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
      xml.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
    }
    return xml.append("]><lolz>&lol9;</lolz>").toString();
  }
}
