package dev.newswire.app.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BrokerCommandIT {

    private static final Pattern LISTENING =
            Pattern.compile("newswire broker listening on (localhost:\\d+) \\(data: (.+)\\)");

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @TempDir
    Path tempDir;

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void shouldServeUntilStoppedThenReturnZero() throws Exception {
        final Path dataDir = tempDir.resolve("data");
        final Path config = Files.writeString(tempDir.resolve("broker.properties"), "num.partitions=3\n");
        final StopSignal stop = StopSignal.manual();
        final StringWriter out = new StringWriter();
        final CommandLine cli = new CommandLine(new BrokerCommand(stop)).setOut(new PrintWriter(out, true));

        final Future<Integer> exit = executor.submit(() -> cli.execute(
                "--port", "0", "--data-dir", dataDir.toString(), "--config", config.toString()));
        await("listening line").atMost(Duration.ofSeconds(60)).until(() -> LISTENING.matcher(out.toString()).find());
        final Matcher line = LISTENING.matcher(out.toString());
        assertThat(line.find()).isTrue();
        assertThat(line.group(2)).isEqualTo(dataDir.toString());
        assertThat(defaultPartitions(line.group(1))).isEqualTo("3");

        stop.requestStop();

        assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
        assertThat(dataDir.resolve("meta.properties")).isRegularFile();
    }

    @Test
    void shouldExplainWhyItCannotReadTheConfigFile() {
        final StringWriter err = new StringWriter();
        final CommandLine cli = new CommandLine(new BrokerCommand(StopSignal.manual()))
                .setErr(new PrintWriter(err, true));

        final int exit = cli.execute("--port", "0", "--config", tempDir.resolve("missing.properties").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("cannot read --config").contains("missing.properties");
    }

    private static String defaultPartitions(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            final String nodeId = Integer.toString(BrokerProperties.NODE_ID);
            final ConfigResource resource = new ConfigResource(ConfigResource.Type.BROKER, nodeId);
            return admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS)
                    .get(resource).get("num.partitions").value();
        }
    }
}
