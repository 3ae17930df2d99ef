package dev.newswire.app.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure topics exist as specified.
 *
 * <p>In: admin client properties (bootstrap servers plus any security settings, passed through) and
 * {@link TopicSpec}s. Out: missing topics are created; existing ones are checked against their spec
 * (partition count and every config the spec names) and a mismatch fails with
 * {@link TopicProvisioningException}. Running it again changes nothing.
 */
public final class TopicProvisioner {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration LEADER_POLL = Duration.ofMillis(50);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration PATIENCE = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);

    private final Map<String, Object> adminProperties;
    private final Duration timeout;
    private final Clock clock;

    public TopicProvisioner(Map<String, ?> adminProperties) {
        this(adminProperties, DEFAULT_TIMEOUT, Clock.systemUTC());
    }

    public TopicProvisioner(Map<String, ?> adminProperties, Duration timeout, Clock clock) {
        if (!adminProperties.containsKey(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new IllegalArgumentException("admin properties need " + AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        }
        this.adminProperties = Map.copyOf(adminProperties);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Creates the missing topics and verifies the existing ones; returns the names it created. */
    public Set<String> ensureTopics(Collection<TopicSpec> specs) {
        final Instant deadline = clock.instant().plus(timeout);
        final Admin admin = Admin.create(boundedAdminProperties());
        try {
            final Set<String> existing = awaitFirstAnswer(admin.listTopics().names(), deadline);
            final List<TopicSpec> missing = specs.stream().filter(s -> !existing.contains(s.name())).toList();
            final Set<String> created = create(admin, missing, deadline);
            final List<TopicSpec> toVerify = specs.stream().filter(s -> !created.contains(s.name())).toList();
            verify(admin, toVerify, deadline);
            awaitLeaders(admin, created, deadline);
            return created;
        } finally {
            // Bounded: after a timeout the default close() would wait for the abandoned calls.
            admin.close(CLOSE_TIMEOUT);
        }
    }

    private Set<String> create(Admin admin, List<TopicSpec> missing, Instant deadline) {
        if (missing.isEmpty()) {
            return Set.of();
        }
        final Map<String, KafkaFuture<Void>> results = admin.createTopics(
                missing.stream().map(TopicSpec::toNewTopic).toList()).values();
        final List<String> created = new ArrayList<>();
        for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
            try {
                await(result.getValue(), deadline);
                created.add(result.getKey());
                LOG.info("Created topic {}", result.getKey());
            } catch (TopicProvisioningException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                LOG.debug("Topic {} was created concurrently", result.getKey());
            }
        }
        return Set.copyOf(created);
    }

    /**
     * Waits until every partition of the new topics has a leader: a producer that sends before that
     * gets NOT_LEADER_OR_FOLLOWER, and an idempotent one was seen to go on retrying its first batch
     * with out-of-order sequence errors until it timed out.
     */
    private void awaitLeaders(Admin admin, Set<String> created, Instant deadline) {
        if (created.isEmpty()) {
            return;
        }
        while (true) {
            final Map<String, TopicDescription> descriptions;
            try {
                descriptions = await(admin.describeTopics(created).allTopicNames(), deadline);
            } catch (TopicProvisioningException e) {
                if (clock.instant().isAfter(deadline)) {
                    throw e;
                }
                pause();
                continue; // a topic just created may not be described yet
            }
            if (descriptions.values().stream().flatMap(t -> t.partitions().stream()).allMatch(p -> p.leader() != null)) {
                return;
            }
            if (clock.instant().isAfter(deadline)) {
                throw new TopicProvisioningException("no leader for every partition of " + created + " within "
                        + timeout.toSeconds() + " s");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(LEADER_POLL.toMillis()); // the broker's metadata has no event to wait on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TopicProvisioningException("interrupted while waiting for topic leaders", e);
        }
    }

    private void verify(Admin admin, List<TopicSpec> specs, Instant deadline) {
        if (specs.isEmpty()) {
            return;
        }
        final Set<String> names = specs.stream().map(TopicSpec::name).collect(Collectors.toSet());
        final Map<String, TopicDescription> descriptions =
                await(admin.describeTopics(names).allTopicNames(), deadline);
        final Map<ConfigResource, Config> configs = await(admin.describeConfigs(
                names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList()).all(), deadline);
        final List<String> problems = new ArrayList<>();
        for (TopicSpec spec : specs) {
            final int partitions = descriptions.get(spec.name()).partitions().size();
            if (partitions < spec.partitions()) {
                problems.add(String.format(Locale.ROOT, "topic %s has %d partitions, expected at least %d",
                        spec.name(), partitions, spec.partitions()));
            }
            problems.addAll(configProblems(spec, configs.get(new ConfigResource(ConfigResource.Type.TOPIC, spec.name()))));
        }
        if (!problems.isEmpty()) {
            throw new TopicProvisioningException(String.join("; ", problems)
                    + " (fix the topic or delete it so it is created again)");
        }
    }

    private static List<String> configProblems(TopicSpec spec, Config actual) {
        final List<String> problems = new ArrayList<>();
        spec.configs().forEach((key, expected) -> {
            final ConfigEntry entry = actual.get(key);
            final String value = entry == null ? null : entry.value();
            if (!expected.equals(value)) {
                problems.add("topic " + spec.name() + " has " + key + "=" + value + ", expected " + expected);
            }
        });
        return problems;
    }

    private Map<String, Object> boundedAdminProperties() {
        final Map<String, Object> props = new HashMap<>(adminProperties);
        final int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        props.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        props.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(millis, 15_000));
        return props;
    }

    /**
     * The first request, which shows whether Kafka can be reached: when it has not answered within
     * {@link #PATIENCE}, one warning says so (Kafka's client warns at every reconnect instead), then
     * it waits for the rest of the timeout.
     */
    private <T> T awaitFirstAnswer(KafkaFuture<T> future, Instant deadline) {
        final Instant patience = clock.instant().plus(PATIENCE);
        if (patience.isBefore(deadline)) {
            try {
                return future.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                LOG.warn("Kafka at {} has not answered for {} s; retrying for up to {} s", bootstrapServers(),
                        PATIENCE.toSeconds(), Duration.between(clock.instant(), deadline).toSeconds());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // await reports it
            } catch (ExecutionException e) {
                return await(future, deadline); // the same, completed future: await reports it
            }
        }
        return await(future, deadline);
    }

    private <T> T await(KafkaFuture<T> future, Instant deadline) {
        final long millis = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
        try {
            return future.get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TopicProvisioningException("interrupted while provisioning topics", e);
        } catch (TimeoutException e) {
            throw unreachable(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw unreachable(e.getCause());
            }
            throw new TopicProvisioningException("topic provisioning failed at "
                    + bootstrapServers() + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private TopicProvisioningException unreachable(Throwable cause) {
        return new TopicProvisioningException("cannot reach Kafka at " + bootstrapServers()
                + " within " + timeout.toSeconds() + " s", cause);
    }

    private String bootstrapServers() {
        return String.valueOf(adminProperties.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
    }
}
