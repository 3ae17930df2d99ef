package dev.newswire.app.broker;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Finds free TCP ports on localhost and checks that a requested one is free. */
final class Ports {

    private Ports() {
    }

    /** A port that was free a moment ago; the broker may still lose a race for it (then it retries). */
    static int pickFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new BrokerStartException("cannot find a free port on localhost: " + e.getMessage(), e);
        }
    }

    /** Fails with a clear message when {@code port} is taken on localhost. */
    static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw portInUse(port, e);
        }
    }

    static BrokerStartException portInUse(int port, Throwable cause) {
        return new BrokerStartException("port " + port + " on localhost is already in use"
                + " (is another broker running?); stop it or choose another port", cause);
    }

    /** Whether {@code failure} was caused by a socket that could not bind. */
    static boolean isBindFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
            final String message = t.getMessage();
            if (message != null && message.contains("failed to bind")) {
                return true;
            }
        }
        return false;
    }
}
