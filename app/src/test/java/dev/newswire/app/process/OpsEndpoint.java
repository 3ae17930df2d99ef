package dev.newswire.app.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code /metrics}, {@code /health} and {@code /ready} endpoint of a {@code newswire} child
 * process started with {@code newswire.metrics.port=0}: found from the line the command prints.
 */
final class OpsEndpoint {

  private static final Pattern URL = Pattern.compile("metrics on (http://[^/\\s]+)/metrics");

  private final String base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private OpsEndpoint(String base) {
    this.base = base;
  }

  /** Waits for the process to print where it serves metrics. */
  static OpsEndpoint of(NewswireProcess process) {
    process.awaitOutput(URL.pattern(), EnrichRuns.START_TIMEOUT);
    Matcher matcher = URL.matcher(process.output());
    if (!matcher.find()) {
      throw new AssertionError("no metrics URL in the output of the process");
    }
    return new OpsEndpoint(matcher.group(1));
  }

  /** The status code of {@code GET path}. */
  int status(String path) {
    return get(path).statusCode();
  }

  /** The body of {@code GET /metrics}. */
  String metrics() {
    return get("/metrics").body();
  }

  /** The value of the sample line {@code name} (with its labels, as printed) in {@code /metrics}; NaN if absent. */
  double sample(String nameWithLabels) {
    for (String line : metrics().split("\n")) {
      if (line.startsWith(nameWithLabels + " ")) {
        return Double.parseDouble(line.substring(nameWithLabels.length() + 1).strip());
      }
    }
    return Double.NaN;
  }

  private HttpResponse<String> get(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("GET " + base + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
