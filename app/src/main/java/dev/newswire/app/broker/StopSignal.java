package dev.newswire.app.broker;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * When a foreground command should stop. The JVM-shutdown variant lets SIGINT/SIGTERM release
 * {@link #await()} and holds the JVM until the command reports {@link #stopped()}, so the broker
 * closes cleanly before the process ends.
 */
final class StopSignal {

    private static final Duration MAX_CLEANUP = Duration.ofSeconds(30);

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final boolean onJvmShutdown;

    private StopSignal(boolean onJvmShutdown) {
        this.onJvmShutdown = onJvmShutdown;
    }

    /** Released by a JVM shutdown hook (SIGINT, SIGTERM) once {@link #install()} ran. */
    static StopSignal onJvmShutdown() {
        return new StopSignal(true);
    }

    /** Released only by {@link #requestStop()}; for tests and embedding. */
    static StopSignal manual() {
        return new StopSignal(false);
    }

    /** Registers the shutdown hook, if any; call once, then always call {@link #stopped()}. */
    void install() {
        if (onJvmShutdown) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::requestStopAndWait, "newswire-broker-shutdown"));
        }
    }

    void requestStop() {
        stopRequested.countDown();
    }

    void await() throws InterruptedException {
        stopRequested.await();
    }

    void stopped() {
        stopped.countDown();
    }

    private void requestStopAndWait() {
        requestStop();
        try {
            stopped.await(MAX_CLEANUP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
