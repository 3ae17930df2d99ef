package dev.newswire.enrich.link;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs an index build's progress at INFO at most once per interval. In: rows read and kept and
 * source bytes consumed. Out: log lines such as "kb index: 4200000 rows read, 2650000 kept, 21.3 %".
 */
final class BuildProgress {

    private static final Logger LOG = LoggerFactory.getLogger(BuildProgress.class);

    private final Clock clock;
    private final Duration interval;
    private final long totalBytes;
    private Instant nextReport;

    BuildProgress(Clock clock, Duration interval, long totalBytes) {
        this.clock = clock;
        this.interval = interval;
        this.totalBytes = totalBytes;
        this.nextReport = clock.instant().plus(interval);
    }

    /** Logs if the interval has passed since the last report; returns whether it logged. */
    boolean update(long rowsRead, long rowsKept, long bytesRead) {
        Instant now = clock.instant();
        if (now.isBefore(nextReport)) {
            return false;
        }
        nextReport = now.plus(interval);
        LOG.info("kb index: {} rows read, {} kept, {}", rowsRead, rowsKept, percent(bytesRead));
        return true;
    }

    String percent(long bytesRead) {
        if (totalBytes <= 0) {
            return "size unknown";
        }
        return String.format(Locale.ROOT, "%.1f %%", Math.min(100.0, 100.0 * bytesRead / totalBytes));
    }
}
