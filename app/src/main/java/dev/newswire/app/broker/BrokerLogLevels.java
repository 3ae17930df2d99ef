package dev.newswire.app.broker;

import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Turns the broker's own loggers down to WARN when Logback is the SLF4J backend and the logging
 * configuration set no level for them or their parents; a level set in logback.xml always wins.
 */
final class BrokerLogLevels {

    /** The broker side of Kafka; client loggers ({@code org.apache.kafka.clients}, streams) are left alone. */
    static final List<String> BROKER_LOGGERS = List.of(
            "kafka",
            "state.change.logger",
            "org.apache.kafka.controller",
            "org.apache.kafka.coordinator",
            "org.apache.kafka.image",
            "org.apache.kafka.metadata",
            "org.apache.kafka.network",
            "org.apache.kafka.queue",
            "org.apache.kafka.raft",
            "org.apache.kafka.security",
            "org.apache.kafka.server",
            "org.apache.kafka.snapshot",
            "org.apache.kafka.storage",
            "org.apache.kafka.common.network",
            "org.apache.kafka.common.utils.AppInfoParser",
            "org.apache.kafka.common.metrics");

    private BrokerLogLevels() {
    }

    static void quietUnlessConfigured() {
        for (String name : BROKER_LOGGERS) {
            if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger
                    && !hasConfiguredLevel(name)) {
                logger.setLevel(ch.qos.logback.classic.Level.WARN);
            }
        }
    }

    /** Whether the logger or one of its ancestors (not the root) has a level of its own. */
    private static boolean hasConfiguredLevel(String name) {
        for (String current = name; !current.isEmpty();
             current = current.contains(".") ? current.substring(0, current.lastIndexOf('.')) : "") {
            if (LoggerFactory.getLogger(current) instanceof ch.qos.logback.classic.Logger logger
                    && logger.getLevel() != null) {
                return true;
            }
        }
        return false;
    }
}
