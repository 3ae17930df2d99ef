package dev.newswire.app.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.junit.jupiter.api.Test;

class BrokerPropertiesTest {

    private static final Path DATA = Path.of("/tmp/newswire-test-data");
    private static final BrokerProperties.Listener PLAIN =
            new BrokerProperties.Listener("PLAINTEXT", SecurityProtocol.PLAINTEXT, 9092);

    @Test
    void shouldMakeInternalTopicsSingleReplicaSoExactlyOnceWorksOnOneNode() {
        final Properties props = BrokerProperties.singleNode(DATA, List.of(PLAIN), 9093, Map.of());

        assertThat(props).containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("share.coordinator.state.topic.min.isr", "1");
    }

    @Test
    void shouldRunAsCombinedBrokerAndControllerOnLocalhost() {
        final Properties props = BrokerProperties.singleNode(DATA, List.of(PLAIN), 9093, Map.of());

        assertThat(props).containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@localhost:9093")
                .containsEntry("listeners", "PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093")
                .containsEntry("advertised.listeners", "PLAINTEXT://localhost:9092")
                .containsEntry("inter.broker.listener.name", "PLAINTEXT")
                .containsEntry("log.dirs", DATA.toAbsolutePath().toString());
    }

    @Test
    void shouldAddExtraListenersWithTheirProtocols() {
        final BrokerProperties.Listener ssl = new BrokerProperties.Listener("SSL", SecurityProtocol.SSL, 9094);

        final Properties props = BrokerProperties.singleNode(DATA, List.of(PLAIN, ssl), 9093, Map.of());

        assertThat(props.getProperty("listeners")).contains("SSL://localhost:9094");
        assertThat(props.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://localhost:9092,SSL://localhost:9094");
        assertThat(props.getProperty("listener.security.protocol.map"))
                .isEqualTo("CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SSL:SSL");
    }

    @Test
    void shouldLetExtraPropertiesWinOverDefaults() {
        final Properties props = BrokerProperties.singleNode(DATA, List.of(PLAIN), 9093,
                Map.of("num.partitions", "6", "log.retention.ms", "1000"));

        assertThat(props).containsEntry("num.partitions", "6").containsEntry("log.retention.ms", "1000");
    }

    @Test
    void shouldRequireAClientListener() {
        assertThatThrownBy(() -> BrokerProperties.singleNode(DATA, List.of(), 9093, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
