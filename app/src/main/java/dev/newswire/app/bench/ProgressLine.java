package dev.newswire.app.bench;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Progress} as one line redrawn in place on a terminal (at most every 200 ms), or as log
 * lines every 10 s when the output is not a terminal (pipes, CI).
 */
public final class ProgressLine implements Progress {

  private static final Logger LOG = LoggerFactory.getLogger(ProgressLine.class);
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final long LOG_NANOS = 10_000_000_000L;

  private final PrintWriter terminal;
  private long lastShown;
  private int lastWidth;

  /** @param terminal where to draw, or null to log instead */
  public ProgressLine(PrintWriter terminal) {
    this.terminal = terminal;
  }

  /** Draws on {@code err} when the process has a console, logs otherwise. */
  public static ProgressLine forConsole(PrintWriter err) {
    return new ProgressLine(System.console() != null ? err : null);
  }

  @Override
  public synchronized void update(String phase, String detail) {
    long now = System.nanoTime();
    if (now - lastShown < (terminal != null ? REDRAW_NANOS : LOG_NANOS)) {
      return;
    }
    lastShown = now;
    String line = "bench " + phase + ": " + detail;
    if (terminal != null) {
      terminal.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
      terminal.flush();
      lastWidth = line.length();
    } else {
      LOG.info(line);
    }
  }

  @Override
  public synchronized void finish(String phase, String summary) {
    String line = "bench " + phase + ": " + summary;
    if (terminal != null) {
      terminal.println("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
      terminal.flush();
      lastWidth = 0;
    } else {
      LOG.info(line);
    }
    lastShown = 0;
  }
}
