package dev.newswire.app.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The encoder of newswire's console log, one event per line in the format its {@code format} property
 * names (logback.xml sets it from {@code NEWSWIRE_LOG_FORMAT}, a system property or environment
 * variable): {@code logfmt} (the default; {@link LogfmtLayout}), {@code json} (Logback's own
 * {@link JsonEncoder}: one JSON object per line, key-value pairs in {@code kvpList}) or {@code text}
 * (the short human pattern). An unknown name falls back to logfmt with a status warning.
 */
public final class NewswireLogEncoder extends EncoderBase<ILoggingEvent> {

  /** The human pattern of {@code text}, the key-value pairs appended. */
  static final String TEXT_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg %kvp%n";

  private String format = "logfmt";
  private Encoder<ILoggingEvent> delegate;

  public void setFormat(String value) {
    this.format = value == null ? "logfmt" : value.trim().toLowerCase(Locale.ROOT);
  }

  public String getFormat() {
    return format;
  }

  @Override
  public void start() {
    delegate = switch (format) {
      case "json" -> json();
      case "text" -> layout(text());
      case "logfmt", "kv", "" -> layout(new LogfmtLayout());
      default -> {
        addWarn("unknown log format '" + format + "' (logfmt, json, text); using logfmt");
        yield layout(new LogfmtLayout());
      }
    };
    delegate.setContext(getContext());
    delegate.start();
    super.start();
  }

  @Override
  public void stop() {
    if (delegate != null) {
      delegate.stop();
    }
    super.stop();
  }

  @Override
  public byte[] headerBytes() {
    return delegate.headerBytes();
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    return delegate.encode(event);
  }

  @Override
  public byte[] footerBytes() {
    return delegate.footerBytes();
  }

  private JsonEncoder json() {
    JsonEncoder json = new JsonEncoder();
    json.setWithSequenceNumber(false);
    json.setWithNanoseconds(false);
    json.setWithContext(false);
    json.setWithMessage(false);
    json.setWithArguments(false);
    json.setWithFormattedMessage(true);
    return json;
  }

  private PatternLayout text() {
    PatternLayout pattern = new PatternLayout();
    pattern.setPattern(TEXT_PATTERN);
    return pattern;
  }

  private LayoutWrappingEncoder<ILoggingEvent> layout(ch.qos.logback.core.Layout<ILoggingEvent> layout) {
    layout.setContext(getContext());
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setLayout(layout);
    encoder.setCharset(StandardCharsets.UTF_8);
    return encoder;
  }
}
