package dev.newswire.enrich.overrides;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@value LiveOverrides#STORE} global store in step with the overrides topic. In: key = surface
 * form, value = the undecoded JSON bytes ({@link KbOverrideSerde}). Out: the store holds the decoded
 * value under the surface; a tombstone deletes it. A record without a usable key or with a bad value
 * is logged once with its position and skipped, so it can neither stop the global thread nor reach
 * the store. Kafka also runs this processor when it rebuilds the store on start-up.
 */
final class LiveOverrideUpdater implements Processor<String, byte[], Void, Void> {

  private static final Logger LOG = LoggerFactory.getLogger(LiveOverrideUpdater.class);

  private ProcessorContext<Void, Void> context;
  private KeyValueStore<String, KbOverrideValue> store;

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    this.context = context;
    this.store = context.getStateStore(LiveOverrides.STORE);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    String surface = record.key();
    if (surface == null || surface.isBlank()) {
      skip(surface, "the key (the surface form) is missing or blank");
      return;
    }
    if (record.value() == null) {
      store.delete(surface);
      LOG.debug("live override for '{}' removed", surface);
      return;
    }
    try {
      KbOverrideValue value = KbOverrideSerde.decode(record.value());
      store.put(surface, value);
      LOG.debug("live override '{}' -> {}", surface, value);
    } catch (SerializationException e) {
      skip(surface, e.getMessage());
    }
  }

  private void skip(String surface, String reason) {
    String position = context.recordMetadata()
        .map(LiveOverrideUpdater::position)
        .orElse("unknown position");
    LOG.warn("skipping override record {} (key '{}'): {}", position, surface, reason);
  }

  private static String position(RecordMetadata metadata) {
    return metadata.topic() + "-" + metadata.partition() + "@" + metadata.offset();
  }
}
