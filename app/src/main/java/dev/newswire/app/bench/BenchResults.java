package dev.newswire.app.bench;

import dev.newswire.app.bench.corpus.BenchCorpus;
import dev.newswire.app.bench.kafka.IngestBench;
import dev.newswire.app.bench.kafka.LatencyBench;
import dev.newswire.app.bench.kafka.PipelineBench;
import dev.newswire.app.bench.measure.Throughput;

/**
 * Everything one bench run measured; a phase that did not run is null.
 *
 * @param pipeline the pipeline at {@code settings.threads()} stream threads
 * @param oneThread the pipeline at 1 stream thread
 * @param twoThreads the pipeline at 2 stream threads
 * @param loadAverage the machine's 1-minute load average at the start and the end (NaN where unknown)
 */
public record BenchResults(BenchSettings settings, BenchCorpus corpus, Throughput engine, PipelineBench.Result pipeline,
    PipelineBench.Result oneThread, PipelineBench.Result twoThreads, LatencyBench.Result latency,
    IngestBench.Result ingest, Throughput baseline, double[] loadAverage, double elapsedSeconds) {

  /** Pipeline rate over engine rate at the same thread count. */
  public double pipelineEngineRatio() {
    return pipeline == null || engine == null ? Double.NaN
        : pipeline.throughput().articlesPerSecond() / engine.articlesPerSecond();
  }

  /** Pipeline rate with 2 stream threads over 1. */
  public double threadScalingRatio() {
    return oneThread == null || twoThreads == null ? Double.NaN
        : twoThreads.throughput().articlesPerSecond() / oneThread.throughput().articlesPerSecond();
  }

  /** Engine tokens/s over CoreNLP's default ner tokens/s. */
  public double baselineRatio() {
    return baseline == null || engine == null ? Double.NaN : engine.tokensPerSecond() / baseline.tokensPerSecond();
  }

  /** These results with the baseline, the load averages and the run's length filled in. */
  public BenchResults finished(Throughput baselineRate, double loadEnd, double seconds, double loadStart) {
    return new BenchResults(settings, corpus, engine, pipeline, oneThread, twoThreads, latency, ingest, baselineRate,
        new double[] {loadStart, loadEnd}, seconds);
  }
}
