package dev.newswire.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * The filter of the console appender: with the {@code text} format it denies third-party events below
 * ERROR (they go to {@link ThirdPartyLogAppender}'s file); with any other format it lets all through.
 */
public final class TerminalFilter extends Filter<ILoggingEvent> {

  private String format = "logfmt";

  public void setFormat(String format) {
    this.format = format;
  }

  @Override
  public FilterReply decide(ILoggingEvent event) {
    if (!LogRouting.thirdPartyToFile(format) || LogRouting.onTerminal(event)) {
      return FilterReply.NEUTRAL;
    }
    return FilterReply.DENY;
  }
}
