package dev.newswire.app.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.app.kafka.TopicProvisioner;
import dev.newswire.app.kafka.TopicProvisioningException;
import dev.newswire.app.kafka.TopicSpec;
import dev.newswire.app.testing.EmbeddedKafkaExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TopicProvisionerIT {

    @RegisterExtension
    static final EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();

    @Test
    void shouldCreateMissingTopicsOnceAndLeaveThemAloneAfterwards() throws Exception {
        final TopicSpec plain = TopicSpec.of(kafka.uniqueName("plain"), 3, 1);
        final TopicSpec compacted = TopicSpec.compacted(kafka.uniqueName("compacted"), 1, 1);
        final TopicProvisioner provisioner = new TopicProvisioner(kafka.clientProperties());

        assertThat(provisioner.ensureTopics(List.of(plain, compacted)))
                .containsExactlyInAnyOrder(plain.name(), compacted.name());
        assertThat(provisioner.ensureTopics(List.of(plain, compacted))).isEmpty();

        try (Admin admin = Admin.create(kafka.clientProperties())) {
            assertThat(admin.describeTopics(Set.of(plain.name())).allTopicNames().get(10, TimeUnit.SECONDS)
                    .get(plain.name()).partitions()).hasSize(3);
            final ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, compacted.name());
            assertThat(admin.describeConfigs(Set.of(resource)).all().get(10, TimeUnit.SECONDS)
                    .get(resource).get("cleanup.policy").value()).isEqualTo("compact");
        }
    }

    @Test
    void shouldRejectAnExistingTopicThatDiffersFromItsSpec() {
        final String name = kafka.uniqueName("differs");
        final TopicProvisioner provisioner = new TopicProvisioner(kafka.clientProperties());
        provisioner.ensureTopics(List.of(TopicSpec.of(name, 1, 1)));

        assertThatThrownBy(() -> provisioner.ensureTopics(List.of(TopicSpec.compacted(name, 2, 1))))
                .isInstanceOf(TopicProvisioningException.class)
                .hasMessageContaining("topic " + name + " has 1 partitions, expected at least 2")
                .hasMessageContaining("cleanup.policy=delete, expected compact");
    }

    @Test
    void shouldSayWhichKafkaItCannotReach() {
        final Map<String, Object> nowhere = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "localhost:1");
        final TopicProvisioner provisioner = new TopicProvisioner(nowhere, Duration.ofSeconds(2), Clock.systemUTC());

        assertThatThrownBy(() -> provisioner.ensureTopics(List.of(TopicSpec.of(kafka.uniqueName("never"), 1, 1))))
                .isInstanceOf(TopicProvisioningException.class)
                .hasMessage("cannot reach Kafka at localhost:1 within 2 s");
    }
}
