package dev.newswire.app.bench.kafka;

import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.source.InputItem;

/** An input held in memory: the bench hands ingest its generated JSON without touching the disk. */
public record MemoryInput(String origin, String fileName, byte[] bytes) implements InputItem {

  @Override
  public RawInput read(long maxBytes) {
    return new RawInput(origin, fileName, bytes);
  }
}
