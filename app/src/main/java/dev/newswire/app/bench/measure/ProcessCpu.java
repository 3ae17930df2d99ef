package dev.newswire.app.bench.measure;

import java.lang.management.ManagementFactory;

/**
 * CPU time this process has used, all threads together. Rates per CPU-second hold up on a busy
 * machine, where rates per wall-clock second depend on what else runs.
 */
public final class ProcessCpu {

  private ProcessCpu() {}

  /** Process CPU time in nanoseconds, or -1 where the JVM does not tell. */
  public static long nanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /** Seconds between two {@link #nanos()} readings, NaN when either is unknown. */
  public static double seconds(long from, long to) {
    return from < 0 || to < 0 ? Double.NaN : (to - from) / 1e9;
  }
}
