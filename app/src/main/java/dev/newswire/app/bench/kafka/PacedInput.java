package dev.newswire.app.bench.kafka;

import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.source.InputItem;
import dev.newswire.ingest.source.UnreadableInputException;
import java.util.concurrent.locks.LockSupport;

/**
 * An input that becomes available at a set time: reading it waits until then. A list of them, read
 * in order by the ingester, is a paced source (articles arrive at a steady rate).
 */
public record PacedInput(InputItem input, long dueNanos) implements InputItem {

  @Override
  public String origin() {
    return input.origin();
  }

  @Override
  public RawInput read(long maxBytes) throws UnreadableInputException {
    for (long wait = dueNanos - System.nanoTime(); wait > 0; wait = dueNanos - System.nanoTime()) {
      LockSupport.parkNanos(wait);
      if (Thread.currentThread().isInterrupted()) {
        break;
      }
    }
    return input.read(maxBytes);
  }
}
