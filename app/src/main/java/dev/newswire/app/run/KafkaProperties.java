package dev.newswire.app.run;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Conversions between the user's {@link Properties} and what Kafka's client APIs take. */
public final class KafkaProperties {

  private KafkaProperties() {}

  /** Client properties: every entry except newswire's own {@code newswire.*} settings. */
  public static Map<String, Object> clientProperties(Properties user) {
    Map<String, Object> client = new HashMap<>();
    for (String key : user.stringPropertyNames()) {
      if (!key.startsWith("newswire.")) {
        client.put(key, user.getProperty(key));
      }
    }
    return client;
  }

  /** Admin client properties: connection and security settings only, without consumer/producer/streams keys. */
  public static Map<String, Object> adminProperties(Properties user) {
    Map<String, Object> admin = new HashMap<>();
    for (Map.Entry<String, Object> e : clientProperties(user).entrySet()) {
      String key = e.getKey();
      if (key.equals("bootstrap.servers") || key.startsWith("security.") || key.startsWith("ssl.")
          || key.startsWith("sasl.") || key.startsWith("client.dns.") || key.equals("request.timeout.ms")) {
        admin.put(key, e.getValue());
      }
    }
    return admin;
  }
}
