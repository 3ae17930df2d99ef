package dev.newswire.enrich.related;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A store seen through a memo of the (immutable) values read or written while one article is
 * processed: one article reads the state of its entities several times (index, look-ups, profiles),
 * and each store read would decode the value again. Cleared before every article, so it holds at
 * most one article's entities.
 */
final class StoreMemo<V> {

  private final KeyValueStore<String, V> store;
  private final Map<String, Optional<V>> seen = new HashMap<>();

  StoreMemo(KeyValueStore<String, V> store) {
    this.store = store;
  }

  /** The value, or null. */
  V get(String key) {
    return seen.computeIfAbsent(key, k -> Optional.ofNullable(store.get(k))).orElse(null);
  }

  void put(String key, V value) {
    store.put(key, value);
    seen.put(key, Optional.of(value));
  }

  void delete(String key) {
    store.delete(key);
    seen.put(key, Optional.empty());
  }

  void clear() {
    seen.clear();
  }
}
