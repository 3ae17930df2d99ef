package dev.newswire.app.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;

/** Test helper: GETs from an {@link OpsServer} and reads single series out of Prometheus text. */
final class Scrape {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Scrape() {}

  static HttpResponse<String> get(int port, String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(10)).GET().build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The value of the one series named {@code name} whose labels include {@code labels}; empty when
   * there is none.
   *
   * @throws AssertionError when more than one series matches
   */
  static OptionalDouble value(String text, String name, Map<String, String> labels) {
    OptionalDouble found = OptionalDouble.empty();
    for (String line : text.split("\n")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      String series = line.substring(0, space);
      String labelText;
      if (series.equals(name)) {
        labelText = "";
      } else if (series.startsWith(name + "{")) {
        labelText = series.substring(name.length());
      } else {
        continue;
      }
      boolean all = labels.entrySet().stream()
          .allMatch(e -> labelText.contains(e.getKey() + "=\"" + e.getValue() + "\""));
      if (all) {
        if (found.isPresent()) {
          throw new AssertionError("more than one series " + name + labels + " in:\n" + text);
        }
        found = OptionalDouble.of(Double.parseDouble(line.substring(space + 1)));
      }
    }
    return found;
  }

  static double value(String text, String name) {
    return value(text, name, Map.of()).orElseThrow(() -> new AssertionError("no series " + name));
  }
}
