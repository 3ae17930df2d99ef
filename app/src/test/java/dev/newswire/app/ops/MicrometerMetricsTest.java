package dev.newswire.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MicrometerMetricsTest {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  @Test
  void shouldExposeEnrichCountsReasonsAndLatencyBuckets() {
    MicrometerEnrichMetrics metrics = new MicrometerEnrichMetrics(registry);
    for (int i = 0; i < 5; i++) {
      metrics.recordIn();
    }
    metrics.enriched(Duration.ofMillis(20).toNanos());
    metrics.enriched(Duration.ofMillis(700).toNanos());
    metrics.nerTime(Duration.ofMillis(15).toNanos());
    metrics.deadLetter("UNDECODABLE_RECORD");
    metrics.deadLetter("UNDECODABLE_RECORD");
    metrics.deadLetter("ENRICH_FAILED");

    String text = registry.scrape();

    assertThat(Scrape.value(text, "newswire_enrich_records_in_total")).isEqualTo(5);
    assertThat(Scrape.value(text, "newswire_enrich_records_out_total")).isEqualTo(2);
    assertThat(Scrape.value(text, "newswire_dead_letters_total", Map.of("stage", "enrich", "reason", "UNDECODABLE_RECORD")))
        .hasValue(2);
    assertThat(Scrape.value(text, "newswire_dead_letters_total", Map.of("stage", "enrich", "reason", "ENRICH_FAILED")))
        .hasValue(1);
    assertThat(Scrape.value(text, "newswire_dead_letters_total", Map.of("stage", "enrich", "reason", "EMPTY_ARTICLE")))
        .as("known reasons are present at zero").hasValue(0);
    assertThat(Scrape.value(text, "newswire_enrich_latency_seconds_count")).isEqualTo(2);
    assertThat(Scrape.value(text, "newswire_enrich_latency_seconds_sum")).isCloseTo(0.72, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Scrape.value(text, "newswire_enrich_latency_seconds_bucket", Map.of("le", "0.01"))).hasValue(0);
    assertThat(Scrape.value(text, "newswire_enrich_latency_seconds_bucket", Map.of("le", "0.025"))).hasValue(1);
    assertThat(Scrape.value(text, "newswire_enrich_latency_seconds_bucket", Map.of("le", "0.5"))).hasValue(1);
    assertThat(Scrape.value(text, "newswire_enrich_latency_seconds_bucket", Map.of("le", "1.0"))).hasValue(2);
    assertThat(Scrape.value(text, "newswire_enrich_latency_seconds_bucket", Map.of("le", "+Inf"))).hasValue(2);
    assertThat(Scrape.value(text, "newswire_enrich_ner_seconds_count")).isEqualTo(1);
  }

  @Test
  void shouldExposeIngestCountsByFormatReasonAndKind() {
    MicrometerIngestMetrics metrics = new MicrometerIngestMetrics(registry);
    metrics.inputRead();
    metrics.inputRead();
    metrics.inputRead();
    metrics.articlesRead("JSON_LINES", 4);
    metrics.articlesRead("WIRE_TEXT", 1);
    metrics.duplicateSkipped();
    metrics.published(Duration.ofMillis(3).toNanos());
    metrics.published(Duration.ofMillis(30).toNanos());
    metrics.deadLetter("ingest", "BINARY_INPUT");
    metrics.deadLetter("ingest", null);
    metrics.sendFailed("dead_letter");

    String text = registry.scrape();

    assertThat(Scrape.value(text, "newswire_ingest_inputs_total")).isEqualTo(3);
    assertThat(Scrape.value(text, "newswire_ingest_articles_read_total", Map.of("format", "JSON_LINES"))).hasValue(4);
    assertThat(Scrape.value(text, "newswire_ingest_articles_read_total", Map.of("format", "WIRE_TEXT"))).hasValue(1);
    assertThat(Scrape.value(text, "newswire_ingest_duplicates_skipped_total")).isEqualTo(1);
    assertThat(Scrape.value(text, "newswire_ingest_articles_published_total")).isEqualTo(2);
    assertThat(Scrape.value(text, "newswire_ingest_publish_latency_seconds_count")).isEqualTo(2);
    assertThat(Scrape.value(text, "newswire_ingest_publish_latency_seconds_bucket", Map.of("le", "0.005"))).hasValue(1);
    assertThat(Scrape.value(text, "newswire_dead_letters_total", Map.of("stage", "ingest", "reason", "BINARY_INPUT")))
        .hasValue(1);
    assertThat(Scrape.value(text, "newswire_dead_letters_total", Map.of("stage", "ingest", "reason", "UNKNOWN")))
        .hasValue(1);
    assertThat(Scrape.value(text, "newswire_ingest_send_failures_total", Map.of("kind", "dead_letter"))).hasValue(1);
    assertThat(Scrape.value(text, "newswire_ingest_send_failures_total", Map.of("kind", "article"))).hasValue(0);
  }
}
