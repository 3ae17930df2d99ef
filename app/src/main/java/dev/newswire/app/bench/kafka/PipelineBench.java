package dev.newswire.app.bench.kafka;

import dev.newswire.app.bench.measure.ProcessCpu;
import dev.newswire.app.bench.measure.Throughput;
import dev.newswire.enrich.EnrichApp;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The whole pipeline at full load: a backlog of articles is ingested into the phase's raw topic,
 * then enrich starts with {@code threads} stream threads (one partition each) and the bench reads
 * the enriched topic. The rate is taken over a fixed window that starts at the first enriched
 * article, while every partition still has a backlog (2.5 times what the engine rate predicts), so
 * neither start-up nor an early-drained partition counts. The rate is counted by the time enrich
 * finished each article ({@code enrichment.enrichedAt}), not by when the output became visible: the
 * related-links hop releases its output in bursts (a transaction at a time, and a catch-up after its
 * task starts), which would otherwise be measured instead of the steady rate.
 */
public final class PipelineBench {

  /**
   * @param throughput the steady-state rate
   * @param meanEnrichMillis mean {@code processingMillis} of the articles in the window
   * @param backlogDrained true when the backlog ran out before the window closed (rate too low)
   */
  public record Result(Throughput throughput, double meanEnrichMillis, boolean backlogDrained) {}

  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration POLL = Duration.ofMillis(50);

  private final BenchContext context;

  public PipelineBench(BenchContext context) {
    this.context = context;
  }

  /**
   * @param expectedRate articles/s the engine managed on this many threads (sizes the backlog)
   */
  public Result run(int threads, Duration window, double expectedRate) {
    String phase = "pipeline-t" + threads;
    Properties props = context.enrichPhase(phase, threads);
    BenchTopics.create(props);
    // generous: the engine figure may come from a busier moment; ingesting spare articles costs little
    int backlog = (int) Math.ceil(Math.max(expectedRate, 2.0 * threads) * window.toSeconds() * 2.5) + 4 * threads;
    context.progress().update(phase, "ingesting a backlog of " + backlog + " articles");
    BenchIngest.ingest(props, BenchIngest.jsonLines(context.corpus(), phase, 0, backlog));
    try (OutputProbe probe = new OutputProbe(props); EnrichApp enrich = context.enrich().apply(props)) {
      enrich.start();
      if (!enrich.awaitRunning(START_TIMEOUT)) {
        throw new IllegalStateException(phase + ": enrich did not start within " + START_TIMEOUT.toSeconds() + " s");
      }
      Result result = measure(probe, phase, threads, window, backlog);
      context.progress().finish(phase, String.format(Locale.ROOT,
          "%d stream thread(s), %d articles in %.1f s: %.2f articles/s, %.0f tokens/CPU-s, mean enrich %.0f ms%s",
          threads, result.throughput().articles(), result.throughput().seconds(),
          result.throughput().articlesPerSecond(), result.throughput().tokensPerCpuSecond(), result.meanEnrichMillis(), result.backlogDrained() ? " (backlog ran out)" : ""));
      return result;
    }
  }

  private Result measure(OutputProbe probe, String phase, int threads, Duration window, int backlog) {
    long giveUp = System.nanoTime() + START_TIMEOUT.toNanos() + window.toNanos();
    long first = -1;
    long cpuFirst = -1;
    long cpuLast = -1;
    long seen = 0;
    long articles = 0;
    long tokens = 0;
    long processingMillis = 0;
    long firstEnriched = Long.MAX_VALUE;
    long lastEnriched = Long.MIN_VALUE;
    while (seen < backlog && System.nanoTime() < giveUp
        && (first < 0 || System.nanoTime() - first < window.toNanos())) {
      List<OutputProbe.Output> outputs = probe.poll(POLL);
      seen += outputs.size();
      report(phase, first, window, seen);
      if (outputs.isEmpty()) {
        continue;
      }
      if (first < 0) {
        first = outputs.get(0).seenNanos(); // the first batch opens the window; it was made before it
        cpuFirst = ProcessCpu.nanos();
        continue;
      }
      cpuLast = ProcessCpu.nanos();
      for (OutputProbe.Output output : outputs) {
        articles++;
        tokens += context.corpus().tokens(Math.floorMod(BenchIngest.number(output.sourceId()), context.corpus().size()));
        processingMillis += output.processingMillis();
        firstEnriched = Math.min(firstEnriched, output.enrichedMillis());
        lastEnriched = Math.max(lastEnriched, output.enrichedMillis());
      }
    }
    if (articles == 0) {
      return new Result(Throughput.none(threads), Double.NaN, seen >= backlog);
    }
    // n articles finished between the first and the last of them: n - 1 intervals
    double seconds = Math.max(1e-3, (lastEnriched - firstEnriched) / 1e3) * articles / Math.max(1, articles - 1);
    return new Result(new Throughput(threads, articles, tokens, seconds, articles / seconds, tokens / seconds,
        ProcessCpu.seconds(cpuFirst, cpuLast)), (double) processingMillis / articles, seen >= backlog);
  }

  private void report(String phase, long first, Duration window, long seen) {
    String detail = first < 0 ? "waiting for the first enriched article"
        : String.format(Locale.ROOT, "%.0f/%d s, %d articles enriched", (System.nanoTime() - first) / 1e9,
            window.toSeconds(), seen);
    context.progress().update(phase, detail);
  }
}
