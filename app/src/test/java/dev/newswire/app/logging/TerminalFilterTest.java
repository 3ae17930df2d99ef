package dev.newswire.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

class TerminalFilterTest {

  private final LoggerContext context = new LoggerContext();

  private FilterReply decide(String format, String logger, Level level) {
    TerminalFilter filter = new TerminalFilter();
    filter.setFormat(format);
    filter.start();
    return filter.decide(new LoggingEvent("test", context.getLogger(logger), level, "message", null, null));
  }

  @Test
  void shouldKeepOnlyNewswireLinesAndErrorsOnATextTerminal() {
    assertThat(decide("text", "org.apache.kafka.clients.NetworkClient", Level.WARN)).isEqualTo(FilterReply.DENY);
    assertThat(decide("text", "kafka.server.BrokerServer", Level.INFO)).isEqualTo(FilterReply.DENY);
    assertThat(decide("text", "edu.stanford.nlp.ie.AbstractSequenceClassifier", Level.WARN)).isEqualTo(FilterReply.DENY);
    assertThat(decide("text", "org.apache.kafka.streams.KafkaStreams", Level.ERROR)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide("text", "dev.newswire.enrich.EnrichApp", Level.INFO)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide(" TEXT ", "dev.newswire.app.kafka.TopicProvisioner", Level.WARN)).isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void shouldLetEverythingThroughForServices() {
    for (String format : new String[] {"logfmt", "json", "", null}) {
      assertThat(decide(format, "org.apache.kafka.clients.NetworkClient", Level.WARN)).isEqualTo(FilterReply.NEUTRAL);
    }
  }
}
