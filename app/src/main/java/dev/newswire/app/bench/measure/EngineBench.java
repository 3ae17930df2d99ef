package dev.newswire.app.bench.measure;

import dev.newswire.app.bench.Progress;
import dev.newswire.app.bench.corpus.BenchCorpus;
import dev.newswire.app.bench.corpus.CorpusArticle;
import dev.newswire.enrich.ner.ArticleText;
import dev.newswire.enrich.ner.NerEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bare NER engine, no Kafka: {@code threads} workers share one engine and take the corpus
 * articles in turn (cycling) for a fixed time, calling {@link NerEngine#recognize} on each text
 * field as enrich does. The rate is the sum of the workers' rates, each up to its last finished
 * article, so a half-done article at the deadline does not count against it.
 */
public final class EngineBench {

  private final BenchCorpus corpus;
  private final Progress progress;

  public EngineBench(BenchCorpus corpus, Progress progress) {
    this.corpus = corpus;
    this.progress = progress;
  }

  /** Length of one warm-up round. */
  static final Duration WARM_UP_ROUND = Duration.ofSeconds(4);
  /** Two consecutive warm-up rounds this close (relative) count as steady. */
  static final double STEADY = 0.05;

  /**
   * Warms {@code engine} up (JIT, CoreNLP's first-document cost) in rounds of {@link #WARM_UP_ROUND}
   * until two consecutive rounds' rates differ by less than {@link #STEADY}, or {@code max} has passed:
   * the CRFs' compiled code keeps getting faster for 20-30 s here, and a set 8 s left the engine figure
   * measured cold (and below what the later pipeline phases reached on one thread).
   *
   * @return the rate of the last round
   */
  public Throughput warmUp(NerEngine engine, int threads, Duration max, String phase) {
    long deadline = System.nanoTime() + max.toNanos();
    Throughput previous = null;
    while (true) {
      Throughput round = run(engine, threads, WARM_UP_ROUND, threads, phase);
      if (previous != null && steady(previous, round) || System.nanoTime() >= deadline) {
        return round;
      }
      previous = round;
    }
  }

  static boolean steady(Throughput previous, Throughput current) {
    double before = previous.tokensPerSecond();
    return before > 0 && Math.abs(current.tokensPerSecond() - before) / before < STEADY;
  }

  /** Runs {@code engine} on {@code threads} threads for {@code duration}. */
  public Throughput run(NerEngine engine, int threads, Duration duration, String phase) {
    return run(engine, threads, duration, 0, phase);
  }

  /** Runs {@code engine} for {@code duration}, and on until at least {@code minArticles} are done (warm-up). */
  public Throughput run(NerEngine engine, int threads, Duration duration, int minArticles, String phase) {
    AtomicInteger next = new AtomicInteger();
    AtomicLong finished = new AtomicLong();
    long cpuStart = ProcessCpu.nanos();
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "bench-" + phase);
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<long[]>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> work(engine, next, finished, start, deadline, minArticles)));
      }
      return collect(workers, threads, start, duration, finished, phase, cpuStart);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One worker: {articles, tokens, nanos from start to its last finished article}. */
  private long[] work(NerEngine engine, AtomicInteger next, AtomicLong finished, long start, long deadline,
      int minArticles) {
    long articles = 0;
    long tokens = 0;
    long last = start;
    while ((System.nanoTime() < deadline || next.get() < minArticles) && !Thread.currentThread().isInterrupted()) {
      int index = Math.floorMod(next.getAndIncrement(), corpus.size());
      recognize(engine, corpus.articles().get(index));
      articles++;
      tokens += corpus.tokens(index);
      last = System.nanoTime();
      finished.incrementAndGet();
    }
    return new long[] {articles, tokens, last - start};
  }

  /** Runs the engine over every text field of one article, as enrich's ArticleNer does. */
  public static void recognize(NerEngine engine, CorpusArticle article) {
    ArticleText text = ArticleText.of(article.headline(), article.standfirst(), article.body());
    for (String field : text.fieldNames()) {
      String fieldText = text.text(field);
      if (!fieldText.isBlank()) {
        engine.recognize(field, fieldText);
      }
    }
  }

  private Throughput collect(List<Future<long[]>> workers, int threads, long start, Duration duration,
      AtomicLong finished, String phase, long cpuStart) {
    long articles = 0;
    long tokens = 0;
    double articleRate = 0;
    double tokenRate = 0;
    for (Future<long[]> worker : workers) {
      long[] tally = await(worker, start, duration, finished, phase);
      if (tally[0] > 0) {
        double seconds = tally[2] / 1e9;
        articles += tally[0];
        tokens += tally[1];
        articleRate += tally[0] / seconds;
        tokenRate += tally[1] / seconds;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = ProcessCpu.seconds(cpuStart, ProcessCpu.nanos());
    Throughput result = articles == 0 ? Throughput.none(threads)
        : new Throughput(threads, articles, tokens, seconds, articleRate, tokenRate, cpu);
    progress.finish(phase, String.format(Locale.ROOT, "%d thread(s), %d articles in %.1f s: %.2f articles/s, %.0f tokens/s, %.0f tokens/CPU-s",
        threads, articles, seconds, result.articlesPerSecond(), result.tokensPerSecond(),
        result.tokensPerCpuSecond()));
    return result;
  }

  private long[] await(Future<long[]> worker, long start, Duration duration, AtomicLong finished, String phase) {
    while (true) {
      try {
        return worker.get(250, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        progress.update(phase, String.format(Locale.ROOT, "%.0f/%d s, %d articles", elapsed, duration.toSeconds(),
            finished.get()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while measuring " + phase, e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(phase + " failed: " + e.getCause(), e.getCause());
      }
    }
  }
}
