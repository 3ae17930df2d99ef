package dev.newswire.app.testing;

import dev.newswire.app.broker.EmbeddedKafkaBroker;
import dev.newswire.app.kafka.TopicProvisioner;
import dev.newswire.app.kafka.TopicSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.CommonClientConfigs;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One embedded Kafka broker per test class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final EmbeddedKafkaExtension kafka = new EmbeddedKafkaExtension();
 * }</pre>
 * or {@code @ExtendWith(EmbeddedKafkaExtension.class)} with an {@code EmbeddedKafkaExtension} or
 * {@link EmbeddedKafkaBroker} test-method parameter. Gives unique names for topics and application
 * ids, topic creation and a {@link TopicReader} for read-committed consumption.
 */
public final class EmbeddedKafkaExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final UnaryOperator<EmbeddedKafkaBroker.Builder> customizer;
    private final AtomicInteger names = new AtomicInteger();
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private EmbeddedKafkaBroker broker;
    private String ownerId;

    public EmbeddedKafkaExtension() {
        this(UnaryOperator.identity());
    }

    /** A broker with extra options, e.g. {@code b -> b.property("log.retention.ms", "1000")}. */
    public EmbeddedKafkaExtension(UnaryOperator<EmbeddedKafkaBroker.Builder> customizer) {
        this.customizer = customizer;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // @Nested classes call beforeAll again: they share the broker of the class that started it.
        if (broker == null) {
            broker = customizer.apply(EmbeddedKafkaBroker.builder()).build().start();
            ownerId = context.getUniqueId();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (broker != null && context.getUniqueId().equals(ownerId)) {
            broker.close();
            broker = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        final Class<?> type = parameter.getParameter().getType();
        return type == EmbeddedKafkaBroker.class || type == EmbeddedKafkaExtension.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedKafkaBroker.class ? broker() : this;
    }

    public EmbeddedKafkaBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("the broker runs only between beforeAll and afterAll");
        }
        return broker;
    }

    public String bootstrapServers() {
        return broker().bootstrapServers();
    }

    /** {@code bootstrap.servers} only; copy it and add client settings. */
    public Map<String, Object> clientProperties() {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    }

    /** A name no other test of this JVM uses: {@code prefix-<run>-<n>}, legal for topics and app ids. */
    public String uniqueName(String prefix) {
        final String clean = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        return clean + "-" + runId + "-" + names.incrementAndGet();
    }

    /** Creates single-replica topics with the given partitions, failing if they exist differently. */
    public void createTopics(int partitions, String... topics) {
        createTopics(Arrays.stream(topics).map(t -> TopicSpec.of(t, partitions, 1)).toList());
    }

    public void createTopics(List<TopicSpec> topics) {
        new TopicProvisioner(clientProperties()).ensureTopics(topics);
    }

    /** Reads topics of this broker with {@code isolation.level=read_committed}. */
    public TopicReader reader() {
        return TopicReader.readCommitted(clientProperties());
    }
}
