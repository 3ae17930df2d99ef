package dev.newswire.ingest.source.http;

import com.sun.net.httpserver.HttpServer;
import dev.newswire.ingest.ArticleIntake;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP endpoint of ingest, on the JDK's HTTP server: {@code POST /articles} takes one article
 * document in any supported format and publishes it through the {@link ArticleIntake}
 * ({@link ArticlesHandler} tells the answers); {@code GET /health} answers 200 {@code {"status":"UP"}}.
 * Requests are served by a small pool of daemon threads. {@link #close()} stops accepting and waits
 * briefly for requests in flight.
 */
public final class ArticleEndpoint implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleEndpoint.class);
  private static final int THREADS = 4;

  private final HttpServer server;
  private final ExecutorService executor;

  private ArticleEndpoint(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Binds and starts the endpoint.
   *
   * @param address where to listen (port 0 picks a free port)
   * @param maxBodyBytes the largest request body accepted
   * @param ackTimeout how long a request waits for Kafka's acknowledgement before 503
   */
  public static ArticleEndpoint start(InetSocketAddress address, ArticleIntake intake, long maxBodyBytes,
      Duration ackTimeout) throws IOException {
    HttpServer server = HttpServer.create(address, 0);
    AtomicInteger count = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, runnable -> {
      Thread thread = new Thread(runnable, "newswire-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    JsonReplies replies = new JsonReplies();
    server.createContext("/articles", new ArticlesHandler(intake, maxBodyBytes, ackTimeout));
    server.createContext("/health", exchange -> {
      try (exchange) {
        if (!"/health".equals(exchange.getRequestURI().getPath())) {
          replies.error(exchange, 404, "NOT_FOUND", "no such path", false);
        } else {
          replies.send(exchange, 200, new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("status", "UP"));
        }
      }
    });
    server.createContext("/", exchange -> {
      try (exchange) {
        replies.error(exchange, 404, "NOT_FOUND", "no such path; use POST /articles or GET /health", false);
      }
    });
    server.setExecutor(executor);
    server.start();
    LOG.info("ingest HTTP endpoint listening on {}", server.getAddress());
    return new ArticleEndpoint(server, executor);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(1);
    executor.shutdown();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
