package dev.newswire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo} and {@code ingest} refuse a PATH they cannot read before anything starts: one line on
 * stderr, exit code 2, nothing on stdout (the demo's first stdout line is "starting an embedded Kafka
 * broker"), within 2 s. The ingest runs point at a port nothing listens on, so a run that got as far as
 * connecting would take its 30 s timeout and fail with another message.
 */
class MissingPathTest {

  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  private void assertRefused(Duration took, String line) {
    assertThat(cli.err().lines().toList()).as("stderr").containsExactly(line);
    assertThat(cli.out()).as("stdout").isEmpty();
    assertThat(took).as("time to refuse").isLessThan(Duration.ofSeconds(2));
  }

  private Duration timed(Runnable run) {
    long start = System.nanoTime();
    run.run();
    return Duration.ofNanos(System.nanoTime() - start);
  }

  @Test
  void demoShouldRefuseAMissingFileBeforeStartingTheBroker() {
    int[] exit = new int[1];
    Duration took = timed(() -> exit[0] = run("demo", "/nonexistent/file.txt"));
    assertThat(exit[0]).isEqualTo(2);
    assertRefused(took, "newswire demo: no such file or directory: /nonexistent/file.txt");
  }

  @Test
  void demoShouldRefuseAFolderWithNothingReadable(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(".hidden.txt"), "not an input: hidden files are skipped");
    Files.createDirectory(dir.resolve("empty"));
    int[] exit = new int[1];
    Duration took = timed(() -> exit[0] = run("demo", dir.toString()));
    assertThat(exit[0]).isEqualTo(2);
    assertRefused(took, "newswire demo: no readable input in folder: " + dir);
  }

  @Test
  void demoShouldNameTheFirstMissingPathAmongGoodOnes(@TempDir Path dir) throws Exception {
    Path good = Files.writeString(dir.resolve("a.txt"), "HEADLINE\n\nBody.");
    int[] exit = new int[1];
    Duration took = timed(() -> exit[0] = run("demo", good.toString(), dir.resolve("typo.txt").toString()));
    assertThat(exit[0]).isEqualTo(2);
    assertRefused(took, "newswire demo: no such file or directory: " + dir.resolve("typo.txt"));
  }

  @Test
  void ingestShouldRefuseAMissingFileBeforeConnecting() {
    int[] exit = new int[1];
    Duration took = timed(() -> exit[0] = run("ingest", "--bootstrap-servers", "localhost:1", "--metrics-port", "-1",
        "/nonexistent/file.txt"));
    assertThat(exit[0]).isEqualTo(2);
    assertRefused(took, "newswire ingest: no such file or directory: /nonexistent/file.txt");
  }

  @Test
  void ingestShouldRefuseAnEmptyFolderBeforeConnecting(@TempDir Path dir) {
    int[] exit = new int[1];
    Duration took = timed(() -> exit[0] = run("ingest", "--bootstrap-servers", "localhost:1", "--metrics-port", "-1",
        dir.toString()));
    assertThat(exit[0]).isEqualTo(2);
    assertRefused(took, "newswire ingest: no readable input in folder: " + dir);
  }

  @Test
  void shouldAcceptStdinAndAReadableFolder(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/a.txt"), "HEADLINE\n\nBody.");
    assertThat(PathArguments.firstProblem(java.util.List.of("-", dir.toString()))).isEmpty();
    assertThat(PathArguments.firstProblem(java.util.List.of(dir.resolve("sub/a.txt").toString()))).isEmpty();
  }
}
