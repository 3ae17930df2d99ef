package dev.newswire.ingest.source.feed;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which feed URLs may be fetched (a guard against server-side request forgery): only absolute http
 * and https URLs with a host, and, unless private addresses are allowed, only hosts whose every
 * address is public: loopback, private (site-local, IPv6 unique-local), link-local, wildcard and
 * multicast addresses are refused. Redirect targets are checked the same way.
 */
public final class FeedAddressPolicy {

  private final boolean allowPrivate;

  public FeedAddressPolicy(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  /** Parses and checks the URL's shape (not its addresses); throws IllegalArgumentException saying why. */
  public static URI parse(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + url + " (" + e.getReason() + ")", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("only http and https feeds are fetched, not '" + url + "'");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new IllegalArgumentException("feed URL has no host: " + url);
    }
    return uri;
  }

  /** Throws IllegalArgumentException when the URL is malformed or its host resolves to a refused address. */
  public void check(URI uri) throws UnknownHostException {
    parse(uri.toString());
    if (allowPrivate) {
      return;
    }
    for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
      if (isPrivate(address)) {
        throw new IllegalArgumentException("feed host " + uri.getHost() + " resolves to the non-public address "
            + address.getHostAddress() + "; refused (allow with --allow-private-feeds)");
      }
    }
  }

  static boolean isPrivate(InetAddress address) {
    if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
        || address.isAnyLocalAddress() || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      return (bytes[0] & 0xFE) == 0xFC;
    }
    int first = bytes[0] & 0xFF;
    int second = bytes[1] & 0xFF;
    return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 169 && second == 254);
  }
}
