package dev.newswire.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newswire ingest} against a broker that is not there, as on a terminal (the launcher picks
 * {@code NEWSWIRE_LOG_FORMAT=text} when stderr is a terminal): one warning line and newswire's own clear
 * error, instead of Kafka's reconnect warning every second; Kafka's lines go to the log file.
 */
class UnreachableBrokerIT {

  @Test
  void ingestShouldPrintOneWarningAndTheReason(@TempDir Path dir) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort(); // closed again: nothing listens there
    }
    Path samples = Path.of("..", "samples").toAbsolutePath().normalize();
    Path output = dir.resolve("terminal.txt");
    Path kafkaLog = dir.resolve("kafka.log");
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.newswire.app.NewswireCommand", "ingest",
        "--bootstrap-servers", "localhost:" + port, "--metrics-port", "-1", samples.toString())
        .redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().put("NEWSWIRE_LOG_FORMAT", "text");
    builder.environment().put("NEWSWIRE_KAFKA_LOG_FILE", kafkaLog.toString());
    Process ingest = builder.start();
    assertThat(ingest.waitFor(90, TimeUnit.SECONDS)).as("ingest gave up within 90 s").isTrue();
    List<String> terminal = Files.readAllLines(output, StandardCharsets.UTF_8);
    String all = String.join("\n", terminal);

    assertThat(ingest.exitValue()).as(all).isEqualTo(1);
    assertThat(terminal).as(all).filteredOn(line -> line.matches("^\\S+ WARN .*")).singleElement()
        .asString().contains("Kafka at localhost:" + port + " has not answered");
    assertThat(terminal).as(all).noneMatch(line -> line.contains("o.a.k.") || line.contains("org.apache.kafka"));
    assertThat(terminal.get(terminal.size() - 1))
        .isEqualTo("newswire ingest: cannot reach Kafka at localhost:" + port + " within 30 s");
    assertThat(Files.readString(kafkaLog)).as("Kafka's own warnings, in the log file")
        .contains("Connection to node -1").contains("could not be established");
  }
}
