package dev.newswire.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class OpsServerTest {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  @Test
  void shouldServeMetricsAndProbesWithTheirStatusCodes() throws Exception {
    Counter.builder("newswire.test.things").register(registry).increment(7);
    AtomicBoolean ready = new AtomicBoolean();
    Probe readiness = () -> ready.get() ? Probe.Status.up("running") : Probe.Status.down("kafka streams state REBALANCING");
    try (OpsServer server = OpsServer.start(new InetSocketAddress("127.0.0.1", 0), registry, Probe.UP, readiness)) {
      int port = server.port();
      assertThat(port).isPositive();

      HttpResponse<String> metrics = Scrape.get(port, "/metrics");
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.headers().firstValue("Content-Type")).hasValue(OpsServer.PROMETHEUS_TEXT);
      assertThat(Scrape.value(metrics.body(), "newswire_test_things_total")).isEqualTo(7);

      HttpResponse<String> notReady = Scrape.get(port, "/ready");
      assertThat(notReady.statusCode()).isEqualTo(503);
      assertThat(notReady.body()).isEqualTo("DOWN kafka streams state REBALANCING\n");
      ready.set(true);
      assertThat(Scrape.get(port, "/ready").statusCode()).isEqualTo(200);
      assertThat(Scrape.get(port, "/health").body()).isEqualTo("UP ok\n");

      assertThat(Scrape.get(port, "/metrics/extra").statusCode()).isEqualTo(404);
      assertThat(Scrape.get(port, "/").statusCode()).isEqualTo(404);
      HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/metrics")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).isEqualTo(405);
    }
  }

  @Test
  void shouldAnswer503WhenAProbeThrows() throws Exception {
    Probe broken = () -> {
      throw new IllegalStateException("boom");
    };
    try (OpsServer server = OpsServer.start(new InetSocketAddress("127.0.0.1", 0), registry, broken, Probe.UP)) {
      HttpResponse<String> health = Scrape.get(server.port(), "/health");
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(health.body()).isEqualTo("DOWN probe failed: IllegalStateException\n");
    }
  }

  @Test
  void shouldResolveThePortFromFlagThenPropertyThenDefault() {
    Properties props = new Properties();
    assertThat(MetricsEndpoint.resolve(null, props, 9464)).isEqualTo(new MetricsEndpoint("0.0.0.0", 9464, false));
    props.setProperty(MetricsEndpoint.PORT_PROPERTY, " 0 ");
    props.setProperty(MetricsEndpoint.HOST_PROPERTY, "127.0.0.1");
    assertThat(MetricsEndpoint.resolve(null, props, 9464)).isEqualTo(new MetricsEndpoint("127.0.0.1", 0, true));
    assertThat(MetricsEndpoint.resolve(-1, props, 9464).enabled()).isFalse();
    props.setProperty(MetricsEndpoint.PORT_PROPERTY, "nine");
    Assertions.assertThatIllegalArgumentException().isThrownBy(() -> MetricsEndpoint.resolve(null, props, 9464))
        .withMessageContaining(MetricsEndpoint.PORT_PROPERTY);
  }

  @Test
  void shouldPrintTheBoundPortAndFailOnlyWhenAPortTakenWasAskedFor() throws Exception {
    StringWriter err = new StringWriter();
    MetricsEndpoint any = new MetricsEndpoint("127.0.0.1", 0, true);
    try (OpsServer first = any.start(registry, Probe.UP, Probe.UP, "newswire test", new PrintWriter(err, true))) {
      assertThat(err.toString()).isEqualTo("newswire test: metrics on http://127.0.0.1:" + first.port() + "/metrics"
          + System.lineSeparator());

      MetricsEndpoint taken = new MetricsEndpoint("127.0.0.1", first.port(), true);
      Assertions.assertThatThrownBy(() -> taken.start(registry, Probe.UP, Probe.UP, "newswire test", new PrintWriter(err)))
          .isInstanceOf(UncheckedIOException.class).hasMessageContaining("--metrics-port");

      StringWriter warning = new StringWriter();
      MetricsEndpoint defaulted = new MetricsEndpoint("127.0.0.1", first.port(), false);
      assertThat(defaulted.start(registry, Probe.UP, Probe.UP, "newswire test", new PrintWriter(warning, true))).isNull();
      assertThat(warning.toString()).contains("running without metrics");
    }
    assertThat(new MetricsEndpoint("127.0.0.1", -1, true).start(registry, Probe.UP, Probe.UP, "x",
        new PrintWriter(new StringWriter()))).isNull();
  }
}
