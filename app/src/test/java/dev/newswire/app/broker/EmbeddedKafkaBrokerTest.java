package dev.newswire.app.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures detected before Kafka starts; no broker runs here. */
class EmbeddedKafkaBrokerTest {

    @TempDir
    Path tempDir;

    @Test
    void shouldFailClearlyWhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder()
                     .port(taken.getLocalPort()).dataDir(tempDir).build()) {
            assertThatThrownBy(broker::start)
                    .isInstanceOf(BrokerStartException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " on localhost is already in use");
        }
        assertThat(tempDir.resolve("meta.properties")).doesNotExist();
    }

    @Test
    void shouldRefuseToFormatADirectoryThatHoldsSomethingElse() throws Exception {
        Files.writeString(tempDir.resolve("precious.txt"), "not Kafka");

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(tempDir).build()) {
            assertThatThrownBy(broker::start)
                    .isInstanceOf(BrokerStartException.class)
                    .hasMessageContaining("is not empty and holds no Kafka log");
        }
        assertThat(tempDir.resolve("precious.txt")).hasContent("not Kafka");
    }

    @Test
    void shouldStartOnlyOnce() {
        final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build();
        broker.close();

        assertThatThrownBy(broker::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldRejectAnImpossiblePort() {
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().port(70_000))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
