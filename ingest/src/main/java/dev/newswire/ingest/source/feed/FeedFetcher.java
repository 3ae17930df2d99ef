package dev.newswire.ingest.source.feed;

import dev.newswire.ingest.format.RejectReason;
import dev.newswire.ingest.source.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches feeds over HTTP(S) with conditional requests: remembers each URL's ETag and Last-Modified
 * and sends them back as If-None-Match and If-Modified-Since, so an unchanged feed costs a 304 and
 * gives nothing. Every URL, also each redirect target (at most {@value #MAX_REDIRECTS}), passes the
 * {@link FeedAddressPolicy}; connect and request timeouts apply, and a body larger than the limit is
 * refused (TOO_LARGE) without reading the rest. Thread-safe.
 */
public final class FeedFetcher {

  static final int MAX_REDIRECTS = 5;

  /**
   * The outcome of one fetch.
   *
   * @param body the feed's bytes, or null when it did not change since the last fetch (HTTP 304)
   * @param status the final HTTP status
   */
  public record Fetched(byte[] body, int status) {
    public boolean notModified() {
      return body == null;
    }
  }

  private record Validators(String etag, String lastModified) {}

  private final HttpClient client;
  private final FeedAddressPolicy policy;
  private final Duration requestTimeout;
  private final long maxBytes;
  private final Map<URI, Validators> validators = new ConcurrentHashMap<>();

  public FeedFetcher(FeedAddressPolicy policy, Duration connectTimeout, Duration requestTimeout, long maxBytes) {
    this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER).build();
    this.policy = policy;
    this.requestTimeout = requestTimeout;
    this.maxBytes = maxBytes;
  }

  /**
   * Fetches a feed.
   *
   * @throws IOException when the server cannot be reached or answers with an error status
   * @throws UnreadableInputException (TOO_LARGE) when the body is over the limit
   * @throws IllegalArgumentException when the policy refuses the URL or a redirect target
   */
  public Fetched fetch(URI feed) throws IOException, InterruptedException, UnreadableInputException {
    URI target = feed;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      policy.check(target);
      HttpResponse<InputStream> response = client.send(request(feed, target), HttpResponse.BodyHandlers.ofInputStream());
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        response.body().close();
        String location = response.headers().firstValue("Location")
            .orElseThrow(() -> new IOException("HTTP " + status + " without Location from " + feed));
        target = target.resolve(location);
        continue;
      }
      return answer(feed, status, response);
    }
    throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + feed);
  }

  private HttpRequest request(URI feed, URI target) {
    HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(requestTimeout).GET()
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
        .header("User-Agent", "newswire-ingest");
    Validators known = target.equals(feed) ? validators.get(feed) : null;
    if (known != null && known.etag() != null) {
      request.header("If-None-Match", known.etag());
    }
    if (known != null && known.lastModified() != null) {
      request.header("If-Modified-Since", known.lastModified());
    }
    return request.build();
  }

  private Fetched answer(URI feed, int status, HttpResponse<InputStream> response)
      throws IOException, UnreadableInputException {
    try (InputStream in = response.body()) {
      if (status == 304) {
        return new Fetched(null, status);
      }
      if (status < 200 || status >= 300) {
        throw new IOException("HTTP " + status + " from " + feed);
      }
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes || declared > maxBytes) {
        throw new UnreadableInputException(RejectReason.TOO_LARGE, "feed is larger than the limit of "
            + maxBytes + " bytes", Arrays.copyOf(bytes, (int) Math.min(bytes.length, 64 * 1024)), declared, null);
      }
      validators.put(feed, new Validators(response.headers().firstValue("ETag").orElse(null),
          response.headers().firstValue("Last-Modified").orElse(null)));
      return new Fetched(bytes, status);
    }
  }
}
