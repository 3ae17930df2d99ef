package dev.newswire.app.bench.kafka;

import dev.newswire.app.bench.measure.Latencies;
import dev.newswire.app.bench.measure.Memory;
import dev.newswire.enrich.EnrichApp;
import dev.newswire.ingest.source.InputItem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Latency at a set load: enrich runs with {@code threads} stream threads while a paced ingest sends
 * one article every {@code 1/rate} seconds; each article's latency is the time the bench saw it
 * enriched minus the time ingest sent it (the record timestamp). A few articles go through first,
 * unmeasured, so that the clients are connected and fetching. Memory is measured at the end, with
 * enrich still running.
 */
public final class LatencyBench {

  /**
   * @param rate articles/s offered
   * @param latencies ingest-to-output latencies of the measured articles
   * @param meanEnrichMillis mean {@code processingMillis} of the measured articles
   * @param memory the process's memory with enrich running
   * @param missing measured articles that did not come out in time
   */
  public record Result(double rate, Latencies latencies, double meanEnrichMillis, Memory memory, int missing,
      Breakdown breakdown) {

    public Result(double rate, Latencies latencies, double meanEnrichMillis, Memory memory, int missing) {
      this(rate, latencies, meanEnrichMillis, memory, missing, null);
    }
  }

  /**
   * Where each article's latency went: waiting before enrich took it up (queue: from the record
   * timestamp to the start of its processing), enrich's own processing (NER, entities, links), and
   * everything after (the exactly-once commit, the related-links hop and its commit, the fetch).
   */
  public record Breakdown(Latencies queue, Latencies processing, Latencies afterProcessing) {

    static Breakdown of(List<OutputProbe.Output> outputs) {
      return new Breakdown(
          Latencies.of(outputs.stream().mapToLong(o -> Math.max(0, o.enrichedMillis() - o.processingMillis()
              - o.sentMillis())).toArray()),
          Latencies.of(outputs.stream().mapToLong(OutputProbe.Output::processingMillis).toArray()),
          Latencies.of(outputs.stream().mapToLong(o -> Math.max(0, o.seenMillis() - o.enrichedMillis())).toArray()));
    }
  }

  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration POLL = Duration.ofMillis(20);

  private final BenchContext context;

  public LatencyBench(BenchContext context) {
    this.context = context;
  }

  public Result run(int threads, double rate, int count) {
    String phase = "latency";
    Properties props = context.enrichPhase(phase, threads);
    BenchTopics.create(props);
    int warmUp = 2 * threads;
    try (OutputProbe probe = new OutputProbe(props); EnrichApp enrich = context.enrich().apply(props)) {
      enrich.start();
      if (!enrich.awaitRunning(START_TIMEOUT)) {
        throw new IllegalStateException("latency: enrich did not start within " + START_TIMEOUT.toSeconds() + " s");
      }
      context.progress().update(phase, "warming up with " + warmUp + " articles");
      BenchIngest.ingest(props, BenchIngest.jsonLines(context.corpus(), phase, 0, warmUp));
      collect(probe, phase, 0, warmUp, rate, Duration.ofSeconds(60).toNanos() + System.nanoTime());
      CompletableFuture<?> feed = CompletableFuture.runAsync(
          () -> BenchIngest.ingest(props, paced(phase, warmUp, count, rate)));
      long giveUp = System.nanoTime() + (long) (count / rate * 1e9) + DRAIN_TIMEOUT.toNanos();
      List<OutputProbe.Output> measured = collect(probe, phase, warmUp, count, rate, giveUp);
      Memory memory = Memory.measure();
      await(feed);
      Result result = summarise(rate, measured, memory, count);
      context.progress().finish(phase, String.format(Locale.ROOT,
          "%d articles at %.2f/s: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, mean enrich %.0f ms%s", count, rate,
          result.latencies().p50(), result.latencies().p95(), result.latencies().p99(), result.meanEnrichMillis(),
          result.breakdown() == null ? "" : String.format(Locale.ROOT,
              " (queue p50/p99 %.0f/%.0f ms, enrich p99 %.0f ms, after enrich p50/p99 %.0f/%.0f ms)",
              result.breakdown().queue().p50(), result.breakdown().queue().p99(),
              result.breakdown().processing().p99(), result.breakdown().afterProcessing().p50(),
              result.breakdown().afterProcessing().p99())));
      return result;
    }
  }

  private List<InputItem> paced(String phase, int first, int count, double rate) {
    long start = System.nanoTime() + 100_000_000L;
    List<InputItem> items = new ArrayList<>(count);
    List<InputItem> inputs = BenchIngest.oneEach(context.corpus(), phase, first, count);
    for (int i = 0; i < count; i++) {
      items.add(new PacedInput(inputs.get(i), start + (long) (i / rate * 1e9)));
    }
    return items;
  }

  /** Reads outputs until articles {@code first .. first+count-1} all came out or time is up; returns those. */
  private List<OutputProbe.Output> collect(OutputProbe probe, String phase, int first, int count, double rate,
      long giveUpNanos) {
    List<OutputProbe.Output> found = new ArrayList<>(count);
    while (found.size() < count && System.nanoTime() < giveUpNanos) {
      for (OutputProbe.Output output : probe.poll(POLL)) {
        int n = BenchIngest.number(output.sourceId());
        if (n >= first && n < first + count) {
          found.add(output);
        }
      }
      context.progress().update(phase, String.format(Locale.ROOT, "%d/%d articles out at %.2f/s", found.size(),
          count, rate));
    }
    return found;
  }

  private static Result summarise(double rate, List<OutputProbe.Output> measured, Memory memory, int count) {
    long[] latencies = measured.stream().mapToLong(OutputProbe.Output::latencyMillis).toArray();
    double meanEnrich = measured.stream().mapToLong(OutputProbe.Output::processingMillis).average().orElse(Double.NaN);
    return new Result(rate, Latencies.of(latencies), meanEnrich, memory, count - measured.size(),
        measured.isEmpty() ? null : Breakdown.of(measured));
  }

  private static void await(CompletableFuture<?> feed) {
    try {
      feed.get(DRAIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while feeding the latency phase", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the paced ingest of the latency phase failed: " + e, e);
    }
  }
}
