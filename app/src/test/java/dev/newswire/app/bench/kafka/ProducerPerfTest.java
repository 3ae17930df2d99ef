package dev.newswire.app.bench.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProducerPerfTest {

  @Test
  void shouldReadTheSummaryLineOfKafka44() {
    String output = "option --producer-props has been deprecated and will be removed in a future version.\n"
        + "4000 records sent, 1457.194900 records/sec (8.49 MB/sec), 986.41 ms avg latency, 1557.00 ms max latency, "
        + "1035 ms 50th, 1511 ms 95th, 1536 ms 99th, 1556 ms 99.9th.\n";

    ProducerPerf.Result result = ProducerPerf.parse(output);

    assertThat(result.records()).isEqualTo(4000);
    assertThat(result.recordsPerSecond()).isEqualTo(1457.1949);
    assertThat(result.mbPerSecond()).isEqualTo(8.49);
    assertThat(result.avgLatencyMillis()).isEqualTo(986.41);
  }

  @Test
  void shouldFailWhenThereIsNoSummary() {
    assertThatThrownBy(() -> ProducerPerf.parse("usage: producer-performance ..."))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no summary");
  }
}
