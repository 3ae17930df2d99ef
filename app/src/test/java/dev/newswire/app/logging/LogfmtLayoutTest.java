package dev.newswire.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

class LogfmtLayoutTest {

  private final LoggerContext context = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
  private final Logger logger = context.getLogger("dev.newswire.enrich.EnrichProcessor");

  @Test
  void shouldWriteOneLineOfKeyValuePairsWithQuotedAndEscapedValues() {
    LoggingEvent event = event("enrichment failed; sent to the dead-letter topic",
        new IllegalStateException("bad\nthing"));
    event.setKeyValuePairs(List.of(new KeyValuePair("article_id", "a-1"), new KeyValuePair("partition", 2),
        new KeyValuePair("offset", 42L), new KeyValuePair("detail", "say \"hi\" = x"), new KeyValuePair("odd key", "")));

    String line = new LogfmtLayout().doLayout(event);

    assertThat(line).startsWith("ts=2024-05-01T10:00:00.123Z level=WARN logger=dev.newswire.enrich.EnrichProcessor "
        + "thread=\"stream thread 1\" msg=\"enrichment failed; sent to the dead-letter topic\" article_id=a-1 "
        + "partition=2 offset=42 detail=\"say \\\"hi\\\" = x\" odd_key=\"\" "
        + "error=\"java.lang.IllegalStateException: bad\\nthing\" stack=\"java.lang.IllegalStateException: bad\\nthing");
    assertThat(line).endsWith("\"" + System.lineSeparator());
    assertThat(line.strip()).doesNotContain("\n", "\r");
  }

  @Test
  void shouldWriteJsonLinesWhenAskedFor() throws Exception {
    NewswireLogEncoder encoder = new NewswireLogEncoder();
    encoder.setContext(context);
    encoder.setFormat(" JSON ");
    encoder.start();
    LoggingEvent event = event("article rejected to the dead-letter topic", null);
    event.setKeyValuePairs(List.of(new KeyValuePair("article_id", "a-2"), new KeyValuePair("reason", "EMPTY_ARTICLE")));

    String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

    assertThat(line).endsWith("\n");
    assertThat(line.strip()).doesNotContain("\n");
    JsonNode json = new ObjectMapper().readTree(line);
    assertThat(json.get("level").asText()).isEqualTo("WARN");
    assertThat(json.get("loggerName").asText()).isEqualTo("dev.newswire.enrich.EnrichProcessor");
    assertThat(json.get("formattedMessage").asText()).isEqualTo("article rejected to the dead-letter topic");
    assertThat(json.get("kvpList").toString()).contains("\"article_id\":\"a-2\"", "\"reason\":\"EMPTY_ARTICLE\"");
  }

  @Test
  void shouldFallBackToLogfmtForAnUnknownFormat() {
    NewswireLogEncoder encoder = new NewswireLogEncoder();
    encoder.setContext(context);
    encoder.setFormat("yaml");
    encoder.start();

    String line = new String(encoder.encode(event("hello", null)), StandardCharsets.UTF_8);

    assertThat(line).startsWith("ts=2024-05-01T10:00:00.123Z level=WARN ").contains(" msg=hello");
  }

  private LoggingEvent event(String message, Throwable error) {
    LoggingEvent event = new LoggingEvent(Logger.FQCN, logger, Level.WARN, message, error, null);
    event.setTimeStamp(java.time.Instant.parse("2024-05-01T10:00:00.123Z").toEpochMilli());
    event.setThreadName("stream thread 1");
    return event;
  }
}
