package dev.newswire.app.bench.measure;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Memory of this process: heap in use right after a full GC, and the resident set size from
 * {@code /proc/self/status} (VmRSS; NaN where there is no /proc). The bench runs the broker and
 * enrich in one process, so both figures include the embedded broker and the bench's own clients.
 *
 * @param heapAfterGcMb heap used after {@link System#gc()}, in MiB
 * @param heapMaxMb the heap limit (-Xmx), in MiB
 * @param rssMb resident set size, in MiB
 */
public record Memory(double heapAfterGcMb, double heapMaxMb, double rssMb) {

  private static final double MIB = 1024.0 * 1024.0;

  /** Collects garbage (twice, to also clear what finalisation freed) and measures. */
  public static Memory measure() {
    System.gc();
    System.gc();
    var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return new Memory(heap.getUsed() / MIB, heap.getMax() / MIB, rssMb(Path.of("/proc/self/status")));
  }

  static double rssMb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
          double value = Double.parseDouble(parts[0]);
          return parts.length > 1 && parts[1].toLowerCase(Locale.ROOT).equals("kb") ? value / 1024.0 : value / MIB;
        }
      }
      return Double.NaN;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}
