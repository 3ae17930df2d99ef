package dev.newswire.app.schema;

import dev.newswire.app.run.KafkaProperties;
import dev.newswire.schemas.topic.TopicNames;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * Where the schema topic is and how long a reader waits for it: the topic name
 * ({@value TopicNames#SCHEMAS_PROPERTY}, default {@value TopicNames#DEFAULT_SCHEMAS}), the connection
 * and security settings of the user's properties, and the bounded wait of one lookup
 * ({@value #LOOKUP_TIMEOUT_PROPERTY}, default 10 s).
 */
public record SchemaTopic(String name, Map<String, Object> clientProperties, Duration lookupTimeout) {

  public static final String LOOKUP_TIMEOUT_PROPERTY = "newswire.schemas.lookup.timeout.ms";
  public static final Duration DEFAULT_LOOKUP_TIMEOUT = Duration.ofSeconds(10);

  public SchemaTopic {
    clientProperties = Map.copyOf(clientProperties);
    if (lookupTimeout.isNegative() || lookupTimeout.isZero()) {
      throw new IllegalArgumentException(LOOKUP_TIMEOUT_PROPERTY + " must be positive: " + lookupTimeout);
    }
  }

  public static SchemaTopic from(Properties props) {
    String timeout = props.getProperty(LOOKUP_TIMEOUT_PROPERTY, "").strip();
    Duration lookup = DEFAULT_LOOKUP_TIMEOUT;
    if (!timeout.isEmpty()) {
      try {
        lookup = Duration.ofMillis(Long.parseLong(timeout));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(LOOKUP_TIMEOUT_PROPERTY + " must be a number of milliseconds, not '"
            + timeout + "'", e);
      }
    }
    return new SchemaTopic(TopicNames.schemasTopicOf(props), KafkaProperties.adminProperties(props), lookup);
  }
}
