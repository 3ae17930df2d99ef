package dev.newswire.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.app.testing.Chromium;
import dev.newswire.app.view.html.HtmlReport;
import dev.newswire.app.view.html.PageCheck;
import dev.newswire.app.view.html.PageFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newswire demo --html-out FILE} on {@code samples/}, run once as the launcher runs it (a
 * separate process, {@code NEWSWIRE_LOG_FORMAT=text}), its terminal output (stdout and stderr, merged)
 * captured: the terminal carries no third-party line below ERROR, and the page, rendered by a real
 * headless Chromium, shows every mention of every entity highlighted at its offsets. A page with a
 * hostile article stays inert in the browser. The browser tests skip where no Chromium is installed.
 */
class DemoPageIT {

  /** A log line of the text format: time, level, logger (abbreviated), message. */
  private static final Pattern LOG_LINE = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} (\\w+)\\s+(\\S+) - ");

  @TempDir
  static Path dir;

  private static Path page;
  private static List<JsonNode> articles;
  private static List<String> terminal;

  @BeforeAll
  static void runTheDemo() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    page = dir.resolve("page.html");
    Path json = dir.resolve("out.jsonl");
    Path output = dir.resolve("terminal.txt");
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1536m", "-XX:+UseParallelGC", "-Dnewswire.home=" + root, "-cp", System.getProperty("java.class.path"),
        "dev.newswire.app.NewswireCommand", "demo", "--html-out", page.toString(), "--json-out", json.toString(),
        "--timeout", "300")
        .redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().put("NEWSWIRE_LOG_FORMAT", "text");
    builder.environment().put("NEWSWIRE_KAFKA_LOG_FILE", dir.resolve("kafka.log").toString());
    Process demo = builder.start();
    if (!demo.waitFor(6, TimeUnit.MINUTES)) {
      demo.destroyForcibly();
      throw new AssertionError("demo did not finish in 6 min:\n" + Files.readString(output));
    }
    terminal = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertThat(demo.exitValue()).as("demo exit; terminal:%n%s", String.join("\n", terminal)).isZero();
    ObjectMapper mapper = new ObjectMapper();
    articles = new ArrayList<>();
    for (String line : Files.readAllLines(json, StandardCharsets.UTF_8)) {
      articles.add(mapper.readTree(line));
    }
  }

  @Test
  void terminalShouldShowNoKafkaLineBelowError() {
    List<String> foreign = new ArrayList<>();
    int own = 0;
    for (String line : terminal) {
      Matcher m = LOG_LINE.matcher(line);
      if (m.find()) {
        boolean newswire = m.group(2).startsWith("d.n.") || m.group(2).startsWith("dev.newswire");
        own += newswire ? 1 : 0;
        if (!newswire && !m.group(1).equals("ERROR")) {
          foreign.add(line);
        }
      }
      assertThat(line).as("a line from Kafka's loggers").doesNotContainPattern("^\\S+ (WARN|INFO|DEBUG|TRACE)\\s+o\\.a\\.k\\.");
    }
    assertThat(own).as("newswire's own log lines (the check is not vacuous)").isGreaterThan(5);
    assertThat(foreign).as("third-party log lines below ERROR on the terminal").isEmpty();
    assertThat(String.join("\n", terminal)).contains("6 article(s) enriched");
  }

  @Test
  void kafkaShouldHaveNoCauseToWarnAboutTheHandlerOrTheRepartitionTopic() throws IOException {
    Path kafkaLog = dir.resolve("kafka.log");
    String logged = Files.exists(kafkaLog) ? Files.readString(kafkaLog) : "";
    if (!logged.isEmpty()) {
      assertThat(String.join("\n", terminal)).contains("Kafka's own log messages are in " + kafkaLog);
    }
    assertThat(logged).doesNotContain("Processing exception handler is not enabled for the GlobalThread")
        .doesNotContain("UNKNOWN_TOPIC_OR_PARTITION");
  }

  @Test
  void browserShouldShowEveryMentionHighlightedAtItsOffsets() throws Exception {
    Chromium chromium = chromium();
    Document dom = Jsoup.parse(chromium.dumpDom(page));

    int checked = PageCheck.assertEveryMentionHighlighted(dom, articles);

    int mentions = 0;
    for (JsonNode article : articles) {
      for (JsonNode entity : article.get("entities")) {
        mentions += entity.get("mentions").size();
      }
    }
    assertThat(articles).hasSize(6);
    assertThat(checked).isEqualTo(mentions).isGreaterThan(20);
    assertThat(dom.select("article")).hasSize(6);
    assertThat(dom.select("script")).isEmpty();

    Path png = chromium.screenshot(page, Path.of("target", "demo-page.png"), 1200, 800);
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).isGreaterThan(10_000);
    assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  @Test
  void browserShouldLeaveAHostileArticleInert() throws Exception {
    Chromium chromium = chromium();
    HtmlReport report = new HtmlReport("newswire page");
    report.add(PageFixtures.hostileArticle());
    Path hostile = dir.resolve("hostile.html");
    report.writeTo(hostile);

    Document dom = Jsoup.parse(chromium.dumpDom(hostile));

    assertThat(dom.title()).isEqualTo("newswire page");
    assertThat(dom.select("script, img")).isEmpty();
    assertThat(dom.selectFirst("[data-field=body]").wholeText()).isEqualTo(PageFixtures.HOSTILE_BODY);
    assertThat(dom.select("a[href^=javascript]")).isEmpty();
  }

  private static Chromium chromium() throws IOException {
    Optional<Chromium> chromium = Chromium.find(dir);
    assumeTrue(chromium.isPresent(), "no chromium on PATH (apt-get install chromium; .ci/run installs it): "
        + "the page is not checked in a browser");
    return chromium.get();
  }
}
