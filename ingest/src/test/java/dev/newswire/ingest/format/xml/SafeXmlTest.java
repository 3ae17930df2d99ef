package dev.newswire.ingest.format.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import dev.newswire.ingest.format.FormatDetector;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.format.RejectReason;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XXE and entity-expansion documents are refused as FORBIDDEN_XML. That nothing referenced is read is
 * shown twice: a secret file's content appears in no result, and an entity pointing at a local HTTP
 * server (which counts requests) causes no request at all, also when the parser itself is reached.
 */
class SafeXmlTest {

  private static final String SECRET = "TOP-SECRET-4711";

  @TempDir
  Path dir;

  private final FormatDetector detector = FormatDetector.standard(FormatLimits.defaults());
  private final AtomicInteger requests = new AtomicInteger();
  private HttpServer server;
  private Path secretFile;

  @BeforeEach
  void setUp() throws IOException {
    secretFile = Files.writeString(dir.resolve("secret.txt"), SECRET);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = SECRET.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void tearDown() {
    server.stop(0);
  }

  @Test
  void shouldRefuseExternalFileEntityInNitfWithoutReadingTheFile() {
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>\n"
        + "<nitf><body><body.head><hedline><hl1>Leak &xxe;</hl1></hedline></body.head>"
        + "<body.content><p>&xxe;</p></body.content></body></nitf>";

    ParseResult result = parse(xxe);

    assertForbidden(result);
  }

  @Test
  void shouldRefuseExternalHttpAndParameterEntitiesWithoutFetching() {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/entity";
    String general = "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + url + "\">]><rss version=\"2.0\"><channel><title>t</title>"
        + "<item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>";
    String parameter = "<?xml version=\"1.0\"?><!DOCTYPE newsItem [<!ENTITY % remote SYSTEM \"" + url + "\"> %remote;]>"
        + "<newsItem guid=\"g\"/>";

    assertForbidden(parse(general));
    assertForbidden(parse(parameter));
    assertThat(requests).hasValue(0);
  }

  @Test
  void shouldRefuseBillionLaughsQuickly() {
    StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
    lol.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
    for (int i = 2; i <= 9; i++) {
      lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    lol.append("]>\n<lolz>&lol9;</lolz>");

    ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(lol.toString()));

    assertThat(result.articles()).isEmpty();
    assertThat(result.failures()).extracting(ParseFailure::reason).containsExactly(RejectReason.FORBIDDEN_XML);
  }

  @Test
  void shouldNotFetchEvenWhenTheParserIsReachedDirectly() {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/direct";
    String xxe = "<!-- a comment hides nothing -->\n<!DOCTYPE nitf SYSTEM \"" + url + "\"><nitf/>";
    String sneaky = "<nitf><x>" + "y".repeat(10) + "</x></nitf><!DOCTYPE nitf SYSTEM \"" + url + "\">";

    XmlRejectedException refused = org.junit.jupiter.api.Assertions.assertThrows(XmlRejectedException.class,
        () -> new SafeXml().parse(xxe));
    org.junit.jupiter.api.Assertions.assertThrows(XmlRejectedException.class, () -> new SafeXml().parse(sneaky));

    assertThat(refused.reason()).isEqualTo(RejectReason.FORBIDDEN_XML);
    assertThat(requests).hasValue(0);
  }

  @Test
  void shouldReportMalformedXmlWithLineAndColumn() {
    ParseResult result = parse("<?xml version=\"1.0\"?>\n<nitf>\n<body></nitf>");

    assertThat(result.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.reason()).isEqualTo(RejectReason.MALFORMED_XML);
      assertThat(failure.message()).startsWith("line 3, column ");
    });
  }

  private ParseResult parse(String xml) {
    return detector.parse(new RawInput("test", "doc.xml", xml.getBytes(StandardCharsets.UTF_8)));
  }

  private void assertForbidden(ParseResult result) {
    assertThat(result.articles()).isEmpty();
    assertThat(result.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.reason()).isEqualTo(RejectReason.FORBIDDEN_XML);
      assertThat(failure.message()).contains("DOCTYPE").doesNotContain(SECRET);
    });
    assertThat(requests).hasValue(0);
  }
}
