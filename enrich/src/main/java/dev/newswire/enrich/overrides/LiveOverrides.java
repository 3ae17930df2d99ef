package dev.newswire.enrich.overrides;

import dev.newswire.enrich.link.OverrideSource;
import dev.newswire.schemas.topic.Topic;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * User overrides that take effect without a restart. In: the compacted overrides topic (key: surface
 * form, UTF-8; value: {@link KbOverrideSerde} JSON, or a tombstone), read into the global store
 * {@value #STORE} on every instance. Out: an {@link OverrideSource} over that store for the linker.
 */
public final class LiveOverrides {

  /** The global store's name (also its name for interactive queries). */
  public static final String STORE = "kb-overrides";
  /** The updater's processor name; Kafka names its source {@code kb-overrides-update-source}. */
  static final String UPDATER = "kb-overrides-update";

  private LiveOverrides() {}

  /**
   * The overrides topic as the topology reads it: values stay bytes until {@link LiveOverrideUpdater}
   * decodes them, so that a bad value is skipped in one place, whether read live or on restore.
   */
  public static Topic<String, byte[]> topic(String name) {
    return new Topic<>(name, Serdes.String(), Serdes.ByteArray());
  }

  /** Adds the global store and the processor that fills it from {@code topic}. */
  public static void addTo(StreamsBuilder builder, Topic<String, byte[]> topic) {
    // In memory: the topic is small and compacted, and a rebuild re-validates every record.
    StoreBuilder<KeyValueStore<String, KbOverrideValue>> store = Stores
        .keyValueStoreBuilder(Stores.inMemoryKeyValueStore(STORE), Serdes.String(), new KbOverrideSerde())
        .withLoggingDisabled();
    builder.addGlobalStore(store, topic.name(),
        Consumed.with(topic.keySerde(), topic.valueSerde()).withName(UPDATER), LiveOverrideUpdater::new);
  }

  /** The live layer for the linker: every lookup reads the store, so new overrides apply at once. */
  public static OverrideSource source(ReadOnlyKeyValueStore<String, KbOverrideValue> store) {
    return OverrideSource.ofExact(surface -> {
      KbOverrideValue value = store.get(surface);
      return value == null ? null : value.toOverride(surface);
    });
  }
}
