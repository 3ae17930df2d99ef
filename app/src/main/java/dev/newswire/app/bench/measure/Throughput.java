package dev.newswire.app.bench.measure;

/**
 * What a throughput measurement found.
 *
 * @param threads worker threads (engine) or stream threads (pipeline)
 * @param articles articles finished in the measured window
 * @param tokens their tokens
 * @param seconds length of the window
 * @param articlesPerSecond steady-state rate
 * @param tokensPerSecond steady-state rate
 * @param cpuSeconds CPU time the whole process used in the window (NaN when unknown)
 */
public record Throughput(int threads, long articles, long tokens, double seconds, double articlesPerSecond,
    double tokensPerSecond, double cpuSeconds) {

  /** No measurement (the phase failed or did not run). */
  public static Throughput none(int threads) {
    return new Throughput(threads, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN);
  }

  public boolean measured() {
    return articles > 0 && !Double.isNaN(articlesPerSecond);
  }

  /** Tokens per CPU-second of the process: what the work costs, whatever else the machine runs. */
  public double tokensPerCpuSecond() {
    return cpuSeconds > 0 ? tokens / cpuSeconds : Double.NaN;
  }

  /** Cores' worth of CPU the process used in the window; below the thread count means it waited (a busy machine). */
  public double cpuUtilisation() {
    return seconds > 0 && cpuSeconds > 0 ? cpuSeconds / seconds : Double.NaN;
  }
}
