package dev.newswire.app.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatenciesTest {

  @Test
  void shouldTakeNearestRankPercentiles() {
    long[] millis = new long[100];
    for (int i = 0; i < millis.length; i++) {
      millis[i] = 100 - i; // 100 .. 1, unsorted on purpose
    }

    Latencies latencies = Latencies.of(millis);

    assertThat(latencies.p50()).isEqualTo(50);
    assertThat(latencies.p95()).isEqualTo(95);
    assertThat(latencies.p99()).isEqualTo(99);
    assertThat(latencies.max()).isEqualTo(100);
    assertThat(latencies.mean()).isEqualTo(50.5);
    assertThat(Latencies.of(new long[] {7}).p99()).isEqualTo(7);
    assertThat(Latencies.of(new long[0]).p50()).isNaN();
  }

  @Test
  void shouldReadTheResidentSetSizeInMebibytes(@TempDir Path dir) throws Exception {
    Path status = dir.resolve("status");
    Files.writeString(status, "Name:\tjava\nVmPeak:\t 9000000 kB\nVmRSS:\t  1048576 kB\nThreads:\t40\n");

    assertThat(Memory.rssMb(status)).isEqualTo(1024.0);
    assertThat(Memory.rssMb(dir.resolve("missing"))).isNaN();
  }
}
