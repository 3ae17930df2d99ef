package dev.newswire.app.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

/** {@code newswire broker} as a child process on a fixed port and data dir, for the process tests. */
final class BrokerProcess {

  static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private BrokerProcess() {}

  /** Starts the broker and waits until it listens. */
  static NewswireProcess start(Path logs, String name, int port, Path dataDir) {
    NewswireProcess broker = NewswireProcess.start(logs, name, "broker", "--port", Integer.toString(port),
        "--data-dir", dataDir.toString());
    broker.awaitOutput("newswire broker listening on", START_TIMEOUT);
    return broker;
  }

  /** A loopback port free at the moment of asking. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
