package dev.newswire.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.app.bench.corpus.BenchCorpus;
import dev.newswire.app.bench.corpus.TextPool;
import dev.newswire.app.bench.kafka.IngestBench;
import dev.newswire.app.bench.kafka.LatencyBench;
import dev.newswire.app.bench.kafka.PipelineBench;
import dev.newswire.app.bench.kafka.ProducerPerf;
import dev.newswire.app.bench.measure.Latencies;
import dev.newswire.app.bench.measure.Memory;
import dev.newswire.app.bench.measure.Throughput;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {

  private static final BenchCorpus CORPUS = BenchCorpus.build(TextPool.builtIn(), 1, 2);
  private static final BenchSettings SETTINGS = BenchSettings.of(true, 2, 2, true, Path.of("."));

  @Test
  void shouldWriteEveryFigureTheIssueAsksFor() {
    Map<String, Object> json = BenchReport.json(measuredRun());

    assertThat(json).containsKeys(BenchReport.REQUIRED_KEYS.toArray(String[]::new));
    assertThat(BenchReport.REQUIRED_KEYS).allSatisfy(key -> assertThat(json.get(key)).as(key).isNotNull());
    assertThat(BenchReport.REQUIRED_KEYS).containsExactlyInAnyOrder("engine_tokens_per_s", "pipeline_articles_per_s",
        "pipeline_engine_ratio", "thread_scaling_ratio", "latency_p50_ms", "latency_p99_ms", "mean_enrich_ms",
        "ingest_producer_ratio", "baseline_ratio", "enrich_heap_mb", "enrich_rss_mb");
  }

  @Test
  void shouldComputeTheRatiosWithinTheRun() {
    Map<String, Object> json = BenchReport.json(measuredRun());

    assertThat(json.get("pipeline_engine_ratio")).isEqualTo(0.95);
    assertThat(json.get("thread_scaling_ratio")).isEqualTo(1.9);
    assertThat(json.get("ingest_producer_ratio")).isEqualTo(0.5);
    assertThat(json.get("baseline_ratio")).isEqualTo(12.0);
    assertThat(json.get("latency_p99_over_mean_enrich")).isEqualTo(2.5);
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> targets = (Map<String, Map<String, Object>>) json.get("targets");
    assertThat(targets.get("pipeline_engine_ratio").get("met")).isEqualTo(true);
    assertThat(targets.get("ingest_producer_ratio").get("met")).isEqualTo(false);
    assertThat(targets.get("latency_p99_over_mean_enrich").get("met")).isEqualTo(false);
  }

  @Test
  void shouldWriteNullForWhatWasNotMeasured() {
    BenchResults empty = new BenchResults(SETTINGS, CORPUS, null, null, null, null, null, null, null,
        new double[] {Double.NaN, Double.NaN}, 1.0);

    Map<String, Object> json = BenchReport.json(empty);

    assertThat(json).containsKeys(BenchReport.REQUIRED_KEYS.toArray(String[]::new));
    assertThat(BenchReport.REQUIRED_KEYS).allSatisfy(key -> assertThat(json.get(key)).as(key).isNull());
    assertThat(ReportTable.render(empty)).anyMatch(line -> line.contains("not measured"));
  }

  private static BenchResults measuredRun() {
    Throughput engine = new Throughput(2, 20, 20_000, 10, 2.0, 2000, 20);
    PipelineBench.Result two = pipeline(2, 1.9);
    PipelineBench.Result one = pipeline(1, 1.0);
    LatencyBench.Result latency = new LatencyBench.Result(0.95, Latencies.of(new long[] {900, 1000, 1100, 2500}),
        1000, new Memory(700, 1536, 1200), 0);
    IngestBench.Result ingest = new IngestBench.Result(1000, 6000, 500, new ProducerPerf.Result(1000, 1000, 6, 5));
    Throughput baseline = new Throughput(2, 2, 2000, 12, 0.17, 2000.0 / 12, 24);
    return new BenchResults(SETTINGS, CORPUS, engine, two, one, two, latency, ingest, baseline,
        new double[] {0.5, 0.7}, 100);
  }

  private static PipelineBench.Result pipeline(int threads, double rate) {
    return new PipelineBench.Result(new Throughput(threads, 19, 19_000, 10, rate, rate * 1000, 20), 900, false);
  }
}
