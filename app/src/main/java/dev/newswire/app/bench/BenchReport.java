package dev.newswire.app.bench;

import dev.newswire.app.bench.kafka.IngestBench;
import dev.newswire.app.bench.kafka.LatencyBench;
import dev.newswire.app.bench.kafka.PipelineBench;
import dev.newswire.app.bench.measure.Throughput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a bench run by their JSON key. The keys of {@link #REQUIRED_KEYS} are a contract
 * (issue 7); the others may grow. A figure that was not measured is NaN here and null in JSON.
 */
public final class BenchReport {

  public static final String ENGINE_TOKENS_PER_S = "engine_tokens_per_s";
  public static final String PIPELINE_ARTICLES_PER_S = "pipeline_articles_per_s";
  public static final String PIPELINE_ENGINE_RATIO = "pipeline_engine_ratio";
  public static final String THREAD_SCALING_RATIO = "thread_scaling_ratio";
  public static final String LATENCY_P50_MS = "latency_p50_ms";
  public static final String LATENCY_P99_MS = "latency_p99_ms";
  public static final String MEAN_ENRICH_MS = "mean_enrich_ms";
  public static final String INGEST_PRODUCER_RATIO = "ingest_producer_ratio";
  public static final String BASELINE_RATIO = "baseline_ratio";
  public static final String ENRICH_HEAP_MB = "enrich_heap_mb";
  public static final String ENRICH_RSS_MB = "enrich_rss_mb";
  public static final String LATENCY_P99_OVER_MEAN_ENRICH = "latency_p99_over_mean_enrich";

  public static final List<String> REQUIRED_KEYS = List.of(ENGINE_TOKENS_PER_S, PIPELINE_ARTICLES_PER_S,
      PIPELINE_ENGINE_RATIO, THREAD_SCALING_RATIO, LATENCY_P50_MS, LATENCY_P99_MS, MEAN_ENRICH_MS,
      INGEST_PRODUCER_RATIO, BASELINE_RATIO, ENRICH_HEAP_MB, ENRICH_RSS_MB);

  private BenchReport() {}

  /** Every figure, in table order. */
  public static Map<String, Double> figures(BenchResults r) {
    Map<String, Double> f = new LinkedHashMap<>();
    engine(f, r);
    pipeline(f, r);
    latency(f, r.latency());
    ingest(f, r.ingest());
    f.put(BASELINE_RATIO, r.baselineRatio());
    f.put("baseline_tokens_per_s", r.baseline() == null ? Double.NaN : r.baseline().tokensPerSecond());
    f.put(ENRICH_HEAP_MB, r.latency() == null ? Double.NaN : r.latency().memory().heapAfterGcMb());
    f.put(ENRICH_RSS_MB, r.latency() == null ? Double.NaN : r.latency().memory().rssMb());
    f.put("heap_max_mb", r.latency() == null ? Double.NaN : r.latency().memory().heapMaxMb());
    return f;
  }

  /** The JSON document: settings and corpus, every figure (NaN as null), and the targets. */
  public static Map<String, Object> json(BenchResults r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("quick", r.settings().quick());
    json.put("threads", r.settings().threads());
    json.put("cores", Runtime.getRuntime().availableProcessors());
    json.put("window_s", r.settings().window().toSeconds());
    json.put("corpus_articles", r.corpus().size());
    json.put("corpus_mean_words", round(r.corpus().meanWords()));
    json.put("corpus_mean_tokens", round(r.corpus().meanTokens()));
    json.put("corpus_fingerprint", r.corpus().fingerprint());
    json.put("corpus_sources", r.corpus().sources());
    json.put("load_average_start", nullIfNaN(r.loadAverage()[0]));
    json.put("load_average_end", nullIfNaN(r.loadAverage()[1]));
    json.put("elapsed_s", round(r.elapsedSeconds()));
    Map<String, Double> figures = figures(r);
    figures.forEach((key, value) -> json.put(key, nullIfNaN(round(value))));
    Map<String, Object> targets = new LinkedHashMap<>();
    for (Target target : Target.ISSUE_7) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("value", nullIfNaN(round(figures.getOrDefault(target.key(), Double.NaN))));
      entry.put("target", target.describe());
      entry.put("met", target.met(figures.getOrDefault(target.key(), Double.NaN)));
      targets.put(target.key(), entry);
    }
    json.put("targets", targets);
    return json;
  }

  private static void engine(Map<String, Double> f, BenchResults r) {
    Throughput engine = r.engine();
    f.put(ENGINE_TOKENS_PER_S, engine == null ? Double.NaN : engine.tokensPerSecond());
    f.put("engine_articles_per_s", engine == null ? Double.NaN : engine.articlesPerSecond());
    f.put("engine_tokens_per_cpu_s", engine == null ? Double.NaN : engine.tokensPerCpuSecond());
    f.put("engine_cpu_cores_used", engine == null ? Double.NaN : engine.cpuUtilisation());
  }

  private static void pipeline(Map<String, Double> f, BenchResults r) {
    f.put(PIPELINE_ARTICLES_PER_S, rate(r.pipeline()));
    f.put("pipeline_tokens_per_s", r.pipeline() == null ? Double.NaN : r.pipeline().throughput().tokensPerSecond());
    f.put("pipeline_tokens_per_cpu_s", r.pipeline() == null ? Double.NaN
        : r.pipeline().throughput().tokensPerCpuSecond());
    f.put("pipeline_cpu_cores_used", r.pipeline() == null ? Double.NaN : r.pipeline().throughput().cpuUtilisation());
    f.put(PIPELINE_ENGINE_RATIO, r.pipelineEngineRatio());
    f.put("pipeline_engine_cpu_ratio", r.pipeline() == null || r.engine() == null ? Double.NaN
        : r.pipeline().throughput().tokensPerCpuSecond() / r.engine().tokensPerCpuSecond());
    f.put("pipeline_articles_per_s_1_thread", rate(r.oneThread()));
    f.put("pipeline_articles_per_s_2_threads", rate(r.twoThreads()));
    f.put(THREAD_SCALING_RATIO, r.threadScalingRatio());
    f.put("mean_enrich_ms_full_load", r.pipeline() == null ? Double.NaN : r.pipeline().meanEnrichMillis());
  }

  private static void latency(Map<String, Double> f, LatencyBench.Result latency) {
    boolean none = latency == null;
    f.put("latency_rate_per_s", none ? Double.NaN : latency.rate());
    f.put("latency_articles", none ? Double.NaN : latency.latencies().count());
    f.put(LATENCY_P50_MS, none ? Double.NaN : latency.latencies().p50());
    f.put("latency_p95_ms", none ? Double.NaN : latency.latencies().p95());
    f.put(LATENCY_P99_MS, none ? Double.NaN : latency.latencies().p99());
    f.put("latency_mean_ms", none ? Double.NaN : latency.latencies().mean());
    f.put(MEAN_ENRICH_MS, none ? Double.NaN : latency.meanEnrichMillis());
    f.put(LATENCY_P99_OVER_MEAN_ENRICH, none ? Double.NaN : latency.latencies().p99() / latency.meanEnrichMillis());
    LatencyBench.Breakdown parts = none ? null : latency.breakdown();
    f.put("latency_queue_p50_ms", parts == null ? Double.NaN : parts.queue().p50());
    f.put("latency_queue_p99_ms", parts == null ? Double.NaN : parts.queue().p99());
    f.put("latency_processing_p99_ms", parts == null ? Double.NaN : parts.processing().p99());
    f.put("latency_after_processing_p50_ms", parts == null ? Double.NaN : parts.afterProcessing().p50());
    f.put("latency_after_processing_p99_ms", parts == null ? Double.NaN : parts.afterProcessing().p99());
  }

  private static void ingest(Map<String, Double> f, IngestBench.Result ingest) {
    boolean none = ingest == null;
    f.put("ingest_records", none ? Double.NaN : ingest.records());
    f.put("ingest_record_bytes", none ? Double.NaN : ingest.meanRecordBytes());
    f.put("ingest_records_per_s", none ? Double.NaN : ingest.ingestPerSecond());
    f.put("producer_perf_records_per_s", none ? Double.NaN : ingest.producerPerf().recordsPerSecond());
    f.put(INGEST_PRODUCER_RATIO, none ? Double.NaN : ingest.ratio());
  }

  private static double rate(PipelineBench.Result result) {
    return result == null ? Double.NaN : result.throughput().articlesPerSecond();
  }

  private static double round(double value) {
    return Double.isNaN(value) || Double.isInfinite(value) ? Double.NaN : Math.round(value * 1000.0) / 1000.0;
  }

  private static Double nullIfNaN(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
