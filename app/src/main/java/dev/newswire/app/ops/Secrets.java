package dev.newswire.app.ops;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Masks secret settings before configuration is shown anywhere (logs, error messages). A property is
 * secret when its name has a part that names one: password, secret, jaas (its value holds the login
 * password), token, credential(s), passphrase, a bare {@code key} part (ssl.keystore.key, a private
 * key) or user.info (basic auth). Names compare case-insensitively; the value is never looked at.
 */
public final class Secrets {

  /** What a secret value is shown as. */
  public static final String MASK = "[redacted]";

  private static final Pattern SECRET_WORD =
      Pattern.compile("password|passwd|secret|jaas|token|credential|passphrase|user\\.info|apikey|api\\.key");
  private static final Pattern KEY_PART = Pattern.compile("(^|[._-])key($|[._-])");
  private static final Pattern SERDE_CLASS = Pattern.compile("(^|[._-])key[._-]((de)?serializer|serde)$");

  private Secrets() {}

  /** Whether the property named {@code name} holds a secret. */
  public static boolean isSecret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (SECRET_WORD.matcher(lower).find()) {
      return true;
    }
    return KEY_PART.matcher(lower).find() && !SERDE_CLASS.matcher(lower).find();
  }

  /** The properties, sorted by name, with every secret value replaced by {@value #MASK}. */
  public static SortedMap<String, String> redacted(Properties properties) {
    SortedMap<String, String> shown = new TreeMap<>();
    for (String name : properties.stringPropertyNames()) {
      shown.put(name, isSecret(name) ? MASK : properties.getProperty(name));
    }
    return shown;
  }

  /** As {@link #redacted(Properties)}, for a map (Kafka client configs). */
  public static SortedMap<String, String> redacted(Map<String, ?> properties) {
    SortedMap<String, String> shown = new TreeMap<>();
    properties.forEach((name, value) -> shown.put(name, isSecret(name) ? MASK : String.valueOf(value)));
    return shown;
  }
}
