package dev.newswire.app.cli;

import dev.newswire.ingest.InputOutcome;
import dev.newswire.ingest.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a bulk ingest: a one-line bar with rate and ETA redrawn on a terminal, periodic log
 * lines otherwise (pipes, CI, containers). Runs on the ingest thread; cheap by design.
 */
final class ConsoleProgress implements ProgressListener {

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleProgress.class);
  private static final long LOG_EVERY_NANOS = 10_000_000_000L;
  private static final long REDRAW_EVERY_NANOS = 100_000_000L;

  private final PrintWriter terminal;
  private long startNanos;
  private long lastShownNanos;
  private long articles;
  private long rejected;

  /** @param terminal where to draw the bar, or null to log instead */
  ConsoleProgress(PrintWriter terminal) {
    this.terminal = terminal;
  }

  static ConsoleProgress forConsole(PrintWriter err) {
    return new ConsoleProgress(System.console() != null ? err : null);
  }

  @Override
  public void started(int inputs) {
    startNanos = System.nanoTime();
    lastShownNanos = startNanos;
    if (terminal == null) {
      LOG.info("ingesting {} input(s)", inputs);
    }
  }

  @Override
  public void inputDone(InputOutcome outcome) {
    articles += outcome.articles();
    rejected += outcome.rejected();
    long now = System.nanoTime();
    boolean last = outcome.index() == outcome.total();
    long every = terminal != null ? REDRAW_EVERY_NANOS : LOG_EVERY_NANOS;
    if (!last && now - lastShownNanos < every) {
      return;
    }
    lastShownNanos = now;
    String line = line(outcome, now);
    if (terminal != null) {
      terminal.print("\r" + line + (last ? "\n" : ""));
      terminal.flush();
    } else {
      LOG.info(line);
    }
  }

  private String line(InputOutcome outcome, long now) {
    double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
    double rate = outcome.index() / seconds;
    double eta = rate > 0 ? (outcome.total() - outcome.index()) / rate : 0;
    int width = 30;
    int filled = (int) Math.round(width * (double) outcome.index() / Math.max(1, outcome.total()));
    return String.format(Locale.ROOT, "[%s%s] %d/%d inputs, %d articles, %d rejected, %.1f inputs/s, ETA %ds",
        "#".repeat(filled), " ".repeat(width - filled), outcome.index(), outcome.total(), articles, rejected,
        rate, Math.round(eta));
  }
}
