package dev.newswire.app.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoint of a long-running newswire process, on the JDK's HTTP server:
 * {@code GET /metrics} (the registry in Prometheus text format), {@code GET /health} (liveness) and
 * {@code GET /ready} (readiness), each probe answering 200 or 503 with a one-line plain-text reason.
 * One daemon thread serves all requests.
 */
public final class OpsServer implements AutoCloseable {

  /** The Prometheus text exposition format (version 0.0.4). */
  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);

  private final HttpServer server;
  private final ExecutorService executor;

  private OpsServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Binds {@code address} (port 0: any free port) and starts serving.
   *
   * @throws IOException when the address cannot be bound (the port is taken, say)
   */
  public static OpsServer start(InetSocketAddress address, PrometheusMeterRegistry registry, Probe liveness,
      Probe readiness) throws IOException {
    Objects.requireNonNull(registry, "registry");
    HttpServer server = HttpServer.create(address, 16);
    server.createContext("/metrics", get(exchange -> {
      byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
      respond(exchange, 200, PROMETHEUS_TEXT, body);
    }));
    server.createContext("/health", get(exchange -> probe(exchange, liveness)));
    server.createContext("/ready", get(exchange -> probe(exchange, readiness)));
    ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "newswire-ops-http");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.start();
    return new OpsServer(server, executor);
  }

  /** The port the server listens on (the chosen one when asked for port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static HttpHandler get(HttpHandler handler) {
    return exchange -> {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        if (!path.equals(exchange.getHttpContext().getPath())) {
          respond(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
        } else if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
          exchange.getResponseHeaders().set("Allow", "GET, HEAD");
          respond(exchange, 405, "text/plain; charset=utf-8", "use GET\n".getBytes(StandardCharsets.UTF_8));
        } else {
          handler.handle(exchange);
        }
      } catch (RuntimeException e) {
        LOG.warn("ops endpoint {} failed: {}", exchange.getRequestURI().getPath(), e.toString());
      }
    };
  }

  private static void probe(HttpExchange exchange, Probe probe) throws IOException {
    Probe.Status status;
    try {
      status = probe.check();
    } catch (RuntimeException e) {
      status = Probe.Status.down("probe failed: " + e.getClass().getSimpleName());
    }
    String body = (status.up() ? "UP " : "DOWN ") + status.detail() + "\n";
    respond(exchange, status.up() ? 200 : 503, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  private static void respond(HttpExchange exchange, int code, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(code, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
