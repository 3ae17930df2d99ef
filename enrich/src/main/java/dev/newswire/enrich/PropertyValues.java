package dev.newswire.enrich;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reading and checking string properties, with the property name in every error message. */
final class PropertyValues {

  private PropertyValues() {}

  /** A mutable copy with string keys and values (non-string values as text); {@link Properties} defaults included. */
  static Map<String, String> strings(Map<?, ?> properties) {
    Map<String, String> copy = new TreeMap<>();
    if (properties instanceof Properties props) {
      for (String name : props.stringPropertyNames()) { // includes chained defaults
        copy.put(name, props.getProperty(name).strip());
      }
    }
    properties.forEach((key, value) -> {
      if (key != null && value != null) {
        copy.put(key.toString(), value.toString().strip());
      }
    });
    return copy;
  }

  static int intAtLeast(Map<String, String> settings, String key, int min, int fallback) {
    String value = settings.get(key);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below, with the property name
    }
    throw new IllegalArgumentException(key + " must be an integer >= " + min + ", got '" + value + "'");
  }

  static long longAtLeast(Map<String, String> settings, String key, long min) {
    String value = settings.getOrDefault(key, "");
    try {
      if (Long.parseLong(value) >= min) {
        return Long.parseLong(value);
      }
    } catch (NumberFormatException e) {
      // reported below, with the property name
    }
    throw new IllegalArgumentException(key + " must be an integer >= " + min + ", got '" + value + "'");
  }

  static double fraction(Map<String, String> settings, String key, double fallback) {
    String value = settings.get(key);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      double parsed = Double.parseDouble(value);
      if (parsed >= 0.0 && parsed <= 1.0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below, with the property name
    }
    throw new IllegalArgumentException(key + " must be a number in [0, 1], got '" + value + "'");
  }

  static void requireMatch(Map<String, String> settings, String key, String regex) {
    String value = settings.getOrDefault(key, "");
    if (!value.matches(regex)) {
      throw new IllegalArgumentException(key + " must match " + regex + ", got '" + value + "'");
    }
  }

  static void requireOneOf(Map<String, String> settings, String key, Collection<String> allowed) {
    String value = settings.getOrDefault(key, "");
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(key + " must be one of " + new TreeSet<>(allowed)
          + ", got '" + value + "'");
    }
  }

  /** The settings with secrets (passwords, JAAS configs, keys) replaced, for logging. */
  static Map<String, String> redacted(Map<String, String> settings) {
    Map<String, String> copy = new TreeMap<>(settings);
    copy.replaceAll((key, value) -> isSecret(key) ? "[hidden]" : value);
    return copy;
  }

  private static boolean isSecret(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    return lower.contains("password") || lower.contains("jaas") || lower.contains("secret")
        || lower.endsWith(".key") || lower.contains("credentials");
  }
}
