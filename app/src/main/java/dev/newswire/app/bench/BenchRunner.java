package dev.newswire.app.bench;

import dev.newswire.app.bench.corpus.BenchCorpus;
import dev.newswire.app.bench.corpus.TextPool;
import dev.newswire.app.bench.kafka.BenchContext;
import dev.newswire.app.bench.kafka.IngestBench;
import dev.newswire.app.bench.kafka.LatencyBench;
import dev.newswire.app.bench.kafka.PipelineBench;
import dev.newswire.app.bench.measure.DefaultNerEngine;
import dev.newswire.app.bench.measure.EngineBench;
import dev.newswire.app.bench.measure.Throughput;
import dev.newswire.app.broker.EmbeddedKafkaBroker;
import dev.newswire.app.run.EnrichRun;
import dev.newswire.app.run.KnowledgeBase;
import dev.newswire.enrich.ner.CrfNerEngine;
import dev.newswire.enrich.ner.NerEngine;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bench run, all in this process: generates the corpus, starts an embedded broker, loads the NER
 * engine and opens the knowledge base once (enrich runs as in production: linking and related
 * links on), then measures the engine, the pipeline (at the run's thread count, and at 1 and 2
 * stream threads), latency at half the pipeline's rate (and memory, with enrich running), ingest
 * against ProducerPerformance; CoreNLP's default ner (when asked) runs first, alone in the heap. A
 * phase that fails is logged and left out of the results; the others still run.
 */
public final class BenchRunner {

  private static final Logger LOG = LoggerFactory.getLogger(BenchRunner.class);

  private final BenchSettings settings;
  private final Progress progress;

  public BenchRunner(BenchSettings settings, Progress progress) {
    this.settings = settings;
    this.progress = progress;
  }

  public BenchResults run() throws IOException {
    long started = System.nanoTime();
    double loadStart = LoadAverage.now();
    progress.update("corpus", "generating " + settings.articles() + " articles");
    BenchCorpus corpus = BenchCorpus.build(TextPool.load(settings.home()), settings.seed(), settings.articles());
    progress.finish("corpus", String.format(Locale.ROOT, "%d articles, mean %.0f words / %.0f tokens, from %s",
        corpus.size(), corpus.meanWords(), corpus.meanTokens(), corpus.sources()));
    // first, alone in the heap: CoreNLP's default pipeline needs about 800 MB, more than fits beside the rest
    Throughput baseline = settings.baseline() ? attempt("baseline", () -> baseline(corpus)) : null;
    BenchResults results = measureWithBroker(corpus);
    return results.finished(baseline, LoadAverage.now(), (System.nanoTime() - started) / 1e9, loadStart);
  }

  private BenchResults measureWithBroker(BenchCorpus corpus) throws IOException {
    Path state = Files.createTempDirectory("newswire-bench-state");
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start()) {
      progress.update("setup", "broker at " + broker.bootstrapServers() + "; loading the NER models");
      CrfNerEngine engine = new CrfNerEngine();
      progress.update("setup", "models loaded in " + engine.loadTime().toMillis() + " ms; opening the knowledge base");
      try (KnowledgeBase kb = KnowledgeBase.open(new Properties())) {
        progress.finish("setup", "broker at " + broker.bootstrapServers() + ", knowledge base "
            + kb.index().indexVersion() + ", models loaded in " + engine.loadTime().toMillis() + " ms: "
            + engine.models());
        BenchContext context = new BenchContext(broker.bootstrapServers(),
            UUID.randomUUID().toString().substring(0, 8), state, corpus, props -> EnrichRun.create(props, engine, kb),
            progress);
        return measure(context, engine);
      }
    } finally {
      deleteRecursively(state);
    }
  }

  private BenchResults measure(BenchContext context, NerEngine engine) {
    EngineBench engineBench = new EngineBench(context.corpus(), progress);
    // JIT and CoreNLP's first-document cost: until the rate is steady
    engineBench.warmUp(engine, settings.threads(), settings.warmUp(), "warm-up");
    Throughput engineRate = engineBench.run(engine, settings.threads(), settings.window(), "engine");
    PipelineBench pipelines = new PipelineBench(context);
    int t = settings.threads();
    PipelineBench.Result atT = attempt("pipeline", () -> pipelines.run(t, settings.window(), engineRate.articlesPerSecond()));
    PipelineBench.Result one = t == 1 ? atT : attempt("pipeline-t1",
        () -> pipelines.run(1, settings.window(), engineRate.articlesPerSecond() / t));
    PipelineBench.Result two = t == 2 ? atT : attempt("pipeline-t2",
        () -> pipelines.run(2, settings.window(), engineRate.articlesPerSecond() * 2 / t));
    LatencyBench.Result latency = atT == null ? null : attempt("latency", () -> latency(context, atT));
    IngestBench.Result ingest = attempt("ingest",
        () -> new IngestBench(context).run(settings.ingestRecords(), settings.ingestRounds()));
    return new BenchResults(settings, context.corpus(), engineRate, atT, one, two, latency, ingest, null,
        new double[] {Double.NaN, Double.NaN}, 0);
  }

  /** Half the measured pipeline rate, for long enough to fill the latency window. */
  private LatencyBench.Result latency(BenchContext context, PipelineBench.Result pipeline) {
    double rate = pipeline.throughput().articlesPerSecond() / 2;
    int count = Math.max(4 * settings.threads(), (int) Math.round(rate * settings.latencyWindow().toSeconds()));
    return new LatencyBench(context).run(settings.threads(), rate, count);
  }

  private Throughput baseline(BenchCorpus corpus) {
    progress.update("baseline", "loading CoreNLP's default ner pipeline (" + DefaultNerEngine.ANNOTATORS + ")");
    DefaultNerEngine defaults = new DefaultNerEngine();
    EngineBench engineBench = new EngineBench(corpus, progress);
    engineBench.warmUp(defaults, settings.threads(), settings.warmUp().dividedBy(2), "baseline warm-up");
    Throughput result = engineBench.run(defaults, settings.threads(), settings.window(), "baseline");
    StanfordCoreNLP.clearAnnotatorPool(); // CoreNLP keeps every loaded annotator in a static cache: free them
    return result;
  }

  private <T> T attempt(String phase, Supplier<T> run) {
    try {
      return run.get();
    } catch (RuntimeException e) {
      LOG.error("bench phase {} failed; its figures are left out", phase, e);
      progress.finish(phase, "FAILED: " + e.getMessage());
      return null;
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
