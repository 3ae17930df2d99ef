package dev.newswire.app.cli;

import dev.newswire.app.ops.MetricsEndpoint;
import java.util.Properties;
import picocli.CommandLine.Option;

/** The option of the long-running commands that serve /metrics, /health and /ready. */
public final class MetricsOptions {

  @Option(names = "--metrics-port", paramLabel = "PORT",
      description = "Serve /metrics (Prometheus), /health and /ready on PORT; 0 picks a free port, -1 turns it off "
          + "(default: newswire.metrics.port, else 9464 for enrich, 9465 for ingest).")
  Integer metricsPort;

  /** The endpoint to serve, from the option, then {@value MetricsEndpoint#PORT_PROPERTY}, then {@code defaultPort}. */
  MetricsEndpoint endpoint(Properties props, int defaultPort) {
    return MetricsEndpoint.resolve(metricsPort, props, defaultPort);
  }
}
