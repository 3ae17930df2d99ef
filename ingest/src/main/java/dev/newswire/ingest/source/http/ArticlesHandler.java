package dev.newswire.ingest.source.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.newswire.ingest.ArticleIntake;
import dev.newswire.ingest.IntakeReport;
import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.ingest.source.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /articles}: the body is one input in any supported format (the Content-Type, when
 * given, limits the formats tried; see {@link MediaTypes}). Answers once the broker acknowledged
 * every record: 202 with the article ids when at least one article was read; otherwise the
 * failure's status (413 too large, 415 unsupported type or format, 422 missing or invalid field,
 * 400 anything else unreadable) with {@code {error, message, deadLetter}} — the failure itself went
 * to the dead-letter topic; 503 when Kafka did not acknowledge in time; 405 for other methods.
 */
final class ArticlesHandler implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ArticlesHandler.class);
  static final String ORIGIN = "http";

  private final ArticleIntake intake;
  private final long maxBodyBytes;
  private final Duration ackTimeout;
  private final JsonReplies replies = new JsonReplies();

  ArticlesHandler(ArticleIntake intake, long maxBodyBytes, Duration ackTimeout) {
    this.intake = intake;
    this.maxBodyBytes = maxBodyBytes;
    this.ackTimeout = ackTimeout;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "POST");
        replies.error(exchange, 405, "METHOD_NOT_ALLOWED", "use POST to send an article", false);
        return;
      }
      respond(exchange, take(exchange));
    } catch (RuntimeException e) {
      LOG.error("POST /articles failed", e);
    }
  }

  private IntakeReport take(HttpExchange exchange) throws IOException {
    byte[] body = readBody(exchange);
    if (body == null) {
      return null;
    }
    Set<String> formats;
    try {
      formats = MediaTypes.formatsFor(exchange.getRequestHeaders().getFirst("Content-Type"));
    } catch (IllegalArgumentException e) {
      return intake.reject(ORIGIN, ParseFailure.of(RejectReason.UNSUPPORTED_MEDIA_TYPE, e.getMessage()), body);
    }
    return intake.take(new RawInput(ORIGIN, null, body), formats);
  }

  /** The body, or null after answering 413 (and sending the dead letter) when it is over the limit. */
  private byte[] readBody(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    long declared = parseLength(length);
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
    }
    if (declared <= maxBodyBytes && bytes.length <= maxBodyBytes) {
      return bytes;
    }
    String message = "request body is " + (declared > 0 ? declared + " bytes" : "larger than the limit")
        + "; the limit is " + maxBodyBytes + " bytes";
    IntakeReport report = intake.reject(ORIGIN, new UnreadableInputException(RejectReason.TOO_LARGE, message,
        Arrays.copyOf(bytes, (int) Math.min(bytes.length, 64 * 1024)), declared, null));
    awaitQuietly(report);
    exchange.getResponseHeaders().set("Connection", "close");
    replies.error(exchange, 413, RejectReason.TOO_LARGE.name(), message, true);
    return null;
  }

  private void respond(HttpExchange exchange, IntakeReport report) throws IOException {
    if (report == null) {
      return;
    }
    intake.publisher().flush();
    try {
      report.sent().get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      replies.error(exchange, 503, "UNAVAILABLE", "Kafka did not acknowledge the records: " + e.getMessage(), false);
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      replies.error(exchange, 503, "UNAVAILABLE", "interrupted while waiting for Kafka", false);
      return;
    }
    if (!report.articles().isEmpty()) {
      replies.accepted(exchange, report);
      return;
    }
    ParseFailure failure = report.failures().get(0);
    replies.error(exchange, status(failure.reason()), failure.reason().name(), failure.message(), true);
  }

  static int status(RejectReason reason) {
    return switch (reason) {
      case TOO_LARGE -> 413;
      case UNSUPPORTED_FORMAT, UNSUPPORTED_MEDIA_TYPE -> 415;
      case MISSING_FIELD, INVALID_FIELD -> 422;
      case INTERNAL_ERROR -> 500;
      default -> 400;
    };
  }

  private void awaitQuietly(IntakeReport report) {
    intake.publisher().flush();
    try {
      report.sent().get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("dead letter for an oversize request not acknowledged: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long parseLength(String value) {
    try {
      return value == null ? -1 : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
