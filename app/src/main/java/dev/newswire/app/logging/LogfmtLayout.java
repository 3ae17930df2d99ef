package dev.newswire.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.util.Map;
import org.slf4j.event.KeyValuePair;

/**
 * One log event as one line of key=value pairs (logfmt):
 * {@code ts=2025-01-31T12:00:00.123Z level=INFO logger=dev.newswire.enrich.EnrichApp thread=main
 * msg="enrich app state REBALANCING -> RUNNING" article_id=a1 partition=0 offset=42}, then the SLF4J
 * key-value pairs of the event, then its MDC, then {@code error="..."} and {@code stack="..."} for an
 * exception, its line breaks escaped so that the event stays on one line. A value is quoted when it
 * is empty or holds a space, a quote, an equals sign or a control character.
 */
public final class LogfmtLayout extends LayoutBase<ILoggingEvent> {

  @Override
  public String doLayout(ILoggingEvent event) {
    StringBuilder line = new StringBuilder(256);
    line.append("ts=").append(Instant.ofEpochMilli(event.getTimeStamp()));
    pair(line, "level", event.getLevel().toString());
    pair(line, "logger", event.getLoggerName());
    pair(line, "thread", event.getThreadName());
    pair(line, "msg", event.getFormattedMessage());
    if (event.getKeyValuePairs() != null) {
      for (KeyValuePair kv : event.getKeyValuePairs()) {
        pair(line, key(kv.key), String.valueOf(kv.value));
      }
    }
    Map<String, String> mdc = event.getMDCPropertyMap();
    if (mdc != null) {
      mdc.forEach((k, v) -> pair(line, key(k), v));
    }
    IThrowableProxy error = event.getThrowableProxy();
    if (error != null) {
      pair(line, "error", error.getClassName() + (error.getMessage() == null ? "" : ": " + error.getMessage()));
      pair(line, "stack", ThrowableProxyUtil.asString(error).stripTrailing());
    }
    return line.append(CoreConstants.LINE_SEPARATOR).toString();
  }

  private static void pair(StringBuilder line, String key, String value) {
    line.append(' ').append(key).append('=');
    appendValue(line, value);
  }

  /** A key is a bare word: anything else becomes an underscore. */
  static String key(String key) {
    if (key == null || key.isEmpty()) {
      return "_";
    }
    StringBuilder clean = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      clean.append(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' ? c : '_');
    }
    return clean.toString();
  }

  static void appendValue(StringBuilder line, String value) {
    if (value == null) {
      line.append("null");
      return;
    }
    if (!needsQuotes(value)) {
      line.append(value);
      return;
    }
    line.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> line.append("\\\"");
        case '\\' -> line.append("\\\\");
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        case '\t' -> line.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
            line.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            line.append(c);
          }
        }
      }
    }
    line.append('"');
  }

  private static boolean needsQuotes(String value) {
    if (value.isEmpty()) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c == '"' || c == '=' || c == '\\' || c == 0x7f || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }
}
