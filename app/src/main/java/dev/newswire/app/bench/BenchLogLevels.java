package dev.newswire.app.bench;

import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Turns newswire's per-input and per-state-change INFO logging down to WARN for a bench run (when
 * Logback is the backend): the bench draws its own progress, and thousands of "read ... as JSON"
 * lines would bury it. Warnings and errors still show.
 */
public final class BenchLogLevels {

  static final List<String> CHATTY = List.of("dev.newswire.ingest", "dev.newswire.enrich", "dev.newswire.app.kafka",
      "dev.newswire.app.run");

  private BenchLogLevels() {}

  public static void quiet() {
    for (String name : CHATTY) {
      if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
        logger.setLevel(ch.qos.logback.classic.Level.WARN);
      }
    }
  }
}
