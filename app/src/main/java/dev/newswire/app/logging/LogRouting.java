package dev.newswire.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.Locale;

/**
 * Which log events belong on a person's terminal. With the human {@code text} format (the launcher's
 * choice for interactive commands) the terminal shows newswire's own lines and anything at ERROR;
 * everything else (Kafka's clients and broker, CoreNLP, ...) goes to {@link ThirdPartyLogAppender}'s
 * file. With {@code logfmt} and {@code json} (services, log shippers) every event stays on stderr.
 */
final class LogRouting {

  static final String OWN_PREFIX = "dev.newswire.";

  private LogRouting() {}

  /** Whether third-party lines leave the terminal for a file, for this log format. */
  static boolean thirdPartyToFile(String format) {
    return format != null && "text".equals(format.trim().toLowerCase(Locale.ROOT));
  }

  static boolean isOwn(ILoggingEvent event) {
    return event.getLoggerName() != null && event.getLoggerName().startsWith(OWN_PREFIX);
  }

  /** Whether a terminal in quiet mode shows this event. */
  static boolean onTerminal(ILoggingEvent event) {
    return isOwn(event) || event.getLevel().isGreaterOrEqual(Level.ERROR);
  }
}
