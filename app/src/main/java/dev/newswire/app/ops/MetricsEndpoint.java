package dev.newswire.app.ops;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a process serves {@link OpsServer}: the port from {@code --metrics-port}, else
 * {@value #PORT_PROPERTY}, else the command's default; the host from {@value #HOST_PROPERTY} (default
 * all interfaces, so that a scraper outside a container reaches it). Port 0 picks a free port; a
 * negative port turns the endpoint off. A port someone asked for that cannot be bound is an error;
 * the default port, when taken (a second process on the machine), only a warning.
 *
 * @param explicit whether the port was asked for (flag or property) rather than defaulted
 */
public record MetricsEndpoint(String host, int port, boolean explicit) {

  public static final String PORT_PROPERTY = "newswire.metrics.port";
  public static final String HOST_PROPERTY = "newswire.metrics.host";
  public static final int ENRICH_DEFAULT_PORT = 9464;
  public static final int INGEST_DEFAULT_PORT = 9465;

  private static final Logger LOG = LoggerFactory.getLogger(MetricsEndpoint.class);

  public MetricsEndpoint {
    if (port > 65535) {
      throw new IllegalArgumentException("metrics port must be at most 65535 (0: any free port, -1: off): " + port);
    }
  }

  /**
   * The endpoint the flag and properties ask for.
   *
   * @throws IllegalArgumentException when {@value #PORT_PROPERTY} is not a number
   */
  public static MetricsEndpoint resolve(Integer flagPort, Properties props, int defaultPort) {
    String host = props.getProperty(HOST_PROPERTY, "0.0.0.0").trim();
    if (flagPort != null) {
      return new MetricsEndpoint(host, flagPort, true);
    }
    String value = props.getProperty(PORT_PROPERTY);
    if (value == null || value.isBlank()) {
      return new MetricsEndpoint(host, defaultPort, false);
    }
    try {
      return new MetricsEndpoint(host, Integer.parseInt(value.trim()), true);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PORT_PROPERTY + " must be a port number (0: any free port, -1: off): "
          + value, e);
    }
  }

  public boolean enabled() {
    return port >= 0;
  }

  /**
   * Starts the server and prints {@code <command>: metrics on http://host:port/metrics} to {@code err}.
   *
   * @return the server, or null when off or when the default port is taken
   * @throws UncheckedIOException when an asked-for port cannot be bound
   */
  public OpsServer start(PrometheusMeterRegistry registry, Probe liveness, Probe readiness, String command,
      PrintWriter err) {
    if (!enabled()) {
      return null;
    }
    OpsServer server;
    try {
      server = OpsServer.start(new InetSocketAddress(host, port), registry, liveness, readiness);
    } catch (IOException e) {
      String problem = "cannot serve metrics on " + host + ":" + port + " (" + e.getMessage() + ")";
      if (explicit) {
        throw new UncheckedIOException(problem + "; choose another --metrics-port, 0 for any, -1 for none", e);
      }
      LOG.atWarn().addKeyValue("port", port).log(problem + "; running without metrics (set --metrics-port)");
      err.println(command + ": " + problem + "; running without metrics");
      err.flush();
      return null;
    }
    String url = "http://" + displayHost() + ":" + server.port() + "/metrics";
    LOG.atInfo().addKeyValue("port", server.port()).addKeyValue("url", url).log("serving /metrics, /health, /ready");
    err.println(command + ": metrics on " + url);
    err.flush();
    return server;
  }

  private String displayHost() {
    return host.equals("0.0.0.0") || host.equals("::") || host.isEmpty() ? "localhost" : host;
  }
}
