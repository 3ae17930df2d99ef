package dev.newswire.app.logging;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * With the {@code text} format: writes every third-party event (Kafka, CoreNLP, ...) to a file, by
 * default {@code ~/.cache/newswire/logs/newswire-<time>-<pid>.log} ({@code NEWSWIRE_KAFKA_LOG_FILE},
 * environment or -D, names another). The file is created at the first such event, and newswire then
 * logs its path once. With any other format it drops every event and creates no file: those events
 * stay on stderr ({@link TerminalFilter}).
 */
public final class ThirdPartyLogAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

  static final String FILE_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSS} %-5level [%thread] %logger - %msg%n";

  private String format = "logfmt";
  private boolean active;
  private FileAppender<ILoggingEvent> file;

  public void setFormat(String format) {
    this.format = format;
  }

  @Override
  public void start() {
    active = LogRouting.thirdPartyToFile(format);
    super.start();
  }

  @Override
  public void stop() {
    synchronized (this) {
      if (file != null) {
        file.stop();
      }
    }
    super.stop();
  }

  @Override
  protected void append(ILoggingEvent event) {
    if (!active || LogRouting.isOwn(event)) {
      return;
    }
    boolean opened;
    FileAppender<ILoggingEvent> target;
    synchronized (this) {
      opened = file == null;
      if (opened) {
        file = open(chosenFile());
      }
      target = file;
    }
    target.doAppend(event);
    if (opened) {
      // a newswire logger: the console shows it, this appender skips it
      LoggerFactory.getLogger(ThirdPartyLogAppender.class).info("Kafka's own log messages are in {}", target.getFile());
    }
  }

  private FileAppender<ILoggingEvent> open(Path path) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(getContext());
    encoder.setPattern(FILE_PATTERN);
    encoder.start();
    FileAppender<ILoggingEvent> appender = new FileAppender<>();
    appender.setContext(getContext());
    appender.setName(getName() + "-file");
    appender.setFile(path.toString());
    appender.setAppend(true);
    appender.setEncoder(encoder);
    appender.start();
    return appender;
  }

  private static Path chosenFile() {
    String chosen = System.getProperty("NEWSWIRE_KAFKA_LOG_FILE", System.getenv("NEWSWIRE_KAFKA_LOG_FILE"));
    return chosen == null || chosen.isBlank() ? defaultFile() : Path.of(chosen);
  }

  static Path defaultFile() {
    String time = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
    return Path.of(System.getProperty("user.home"), ".cache", "newswire", "logs",
        "newswire-" + time + "-" + ProcessHandle.current().pid() + ".log");
  }
}
