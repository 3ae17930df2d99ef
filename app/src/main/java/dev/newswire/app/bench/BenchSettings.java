package dev.newswire.app.bench;

import dev.newswire.app.bench.corpus.CorpusGenerator;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How long and how big one bench run is.
 *
 * @param quick the short run (under 3 minutes on 2 cores)
 * @param articles corpus size
 * @param threads engine threads and pipeline stream threads
 * @param warmUp the longest engine warm-up (JIT, CoreNLP's first-document cost) before anything is
 *     measured; it ends sooner once the rate is steady (the baseline gets half)
 * @param window length of each throughput measurement
 * @param latencyWindow how long the paced latency feed lasts
 * @param ingestRecords records per ingest and ProducerPerformance run
 * @param ingestRounds alternating rounds of each (best counts)
 * @param baseline also measure CoreNLP's default {@code ner} configuration
 * @param seed corpus seed
 * @param home the project directory (samples/, eval/devset/)
 */
public record BenchSettings(boolean quick, int articles, int threads, Duration warmUp, Duration window,
    Duration latencyWindow, int ingestRecords, int ingestRounds, boolean baseline, long seed, Path home) {

  public BenchSettings {
    if (articles < 1 || threads < 1 || ingestRecords < 1 || ingestRounds < 1) {
      throw new IllegalArgumentException("articles, threads, ingest records and rounds must be at least 1");
    }
  }

  /** The defaults of a quick or a full run; {@code 0} for articles or threads means the default. */
  public static BenchSettings of(boolean quick, int articles, int threads, boolean baseline, Path home) {
    int cores = Runtime.getRuntime().availableProcessors();
    return new BenchSettings(quick,
        articles > 0 ? articles : quick ? 24 : 200,
        threads > 0 ? threads : Math.max(1, cores),
        Duration.ofSeconds(quick ? 30 : 60),
        Duration.ofSeconds(quick ? 10 : 60),
        Duration.ofSeconds(quick ? 10 : 90),
        quick ? 2000 : 20000,
        quick ? 2 : 3,
        baseline, CorpusGenerator.DEFAULT_SEED, home);
  }
}
