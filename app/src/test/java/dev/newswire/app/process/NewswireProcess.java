package dev.newswire.app.process;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The {@code newswire} command run as a separate OS process on the test's class path, so a test can
 * kill it the way an operator or an orchestrator would: {@link #kill()} is SIGKILL (no shutdown hook
 * runs), {@link #terminate()} is SIGTERM (the JVM runs its shutdown hooks). Its stdout and stderr
 * go to files in {@code logDir}; {@link #tail(int)} gives their last lines for failure messages.
 */
final class NewswireProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private NewswireProcess(String name, Process process, Path stdout, Path stderr) {
    this.name = name;
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Starts {@code newswire <args...>}; {@code name} labels its log files and messages. */
  static NewswireProcess start(Path logDir, String name, String... args) {
    return start(logDir, name, List.of(), args);
  }

  /** Starts {@code newswire <args...>} with extra JVM options (system properties, say). */
  static NewswireProcess start(Path logDir, String name, List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-XX:+UseSerialGC"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.newswire.app.NewswireCommand"));
    command.addAll(List.of(args));
    Path out = logDir.resolve(name + ".stdout.log");
    Path err = logDir.resolve(name + ".stderr.log");
    try {
      Files.createDirectories(logDir);
      Process process = new ProcessBuilder(command)
          .redirectOutput(out.toFile())
          .redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
          .start();
      return new NewswireProcess(name, process, out, err);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL: the process ends at once, mid-transaction, without running shutdown hooks. */
  void kill() {
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(10));
  }

  /** SIGTERM: the JVM runs its shutdown hooks; returns at once, see {@link #awaitExit}. */
  void terminate() {
    process.destroy();
  }

  /**
   * Waits for the process to end.
   *
   * @return its exit code
   * @throws AssertionError when it is still running after {@code timeout}
   */
  int awaitExit(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError(name + " still running after " + timeout + "\n" + tail(40));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + name, e);
    }
    return process.exitValue();
  }

  /**
   * Waits until stdout or stderr holds a match of {@code regex} (multi-line mode).
   *
   * @throws org.awaitility.core.ConditionTimeoutException when there is none after {@code timeout}
   *     (or the process ended without printing it: then its output is in the message)
   */
  void awaitOutput(String regex, Duration timeout) {
    Pattern pattern = Pattern.compile(regex, Pattern.MULTILINE);
    await(name + " to print /" + regex + "/").atMost(timeout).pollInterval(Duration.ofMillis(100))
        .until(() -> {
          if (pattern.matcher(read(stdout) + read(stderr)).find()) {
            return true;
          }
          if (!process.isAlive()) {
            throw new AssertionError(name + " exited with " + process.exitValue() + " before printing /"
                + regex + "/\n" + tail(60));
          }
          return false;
        });
  }

  /** The last {@code lines} lines of stdout and of stderr, labelled, for assertion messages. */
  String tail(int lines) {
    return "--- " + name + " stdout (tail) ---\n" + lastLines(read(stdout), lines)
        + "--- " + name + " stderr (tail) ---\n" + lastLines(read(stderr), lines);
  }

  /** Everything the process wrote to stdout so far. */
  String stdout() {
    return read(stdout);
  }

  /** Everything the process wrote to stdout and stderr so far. */
  String output() {
    return read(stdout) + read(stderr);
  }

  /** Kills the process if a test left it running. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ")";
  }

  private static String lastLines(String text, int lines) {
    String[] all = text.split("\n", -1);
    StringBuilder tail = new StringBuilder();
    for (int i = Math.max(0, all.length - lines); i < all.length; i++) {
      tail.append(all[i]).append('\n');
    }
    return tail.toString();
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
