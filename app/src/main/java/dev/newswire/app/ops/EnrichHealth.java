package dev.newswire.app.ops;

import dev.newswire.enrich.EnrichApp;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams.State;

/**
 * Liveness and readiness of an enrich process, for {@link OpsServer}. Alive unless the Streams client
 * is in ERROR or PENDING_ERROR, or stopped (NOT_RUNNING) after it was started. Ready only when the NER
 * models and the knowledge-base index are loaded and the client is RUNNING. The command tells it
 * what is loaded as it happens; the probes read it from the HTTP thread.
 */
public final class EnrichHealth {

  private static final Set<State> FAILED = Set.of(State.ERROR, State.PENDING_ERROR);

  private volatile boolean linkerLoaded;
  private volatile EnrichApp app;

  /** The NER models and the knowledge-base index are loaded. */
  public void linkerLoaded() {
    linkerLoaded = true;
  }

  /** The app whose client state the probes read. */
  public void app(EnrichApp value) {
    app = value;
  }

  public Probe liveness() {
    return () -> {
      EnrichApp current = app;
      if (current == null) {
        return Probe.Status.up(linkerLoaded ? "starting" : "loading models and the knowledge base");
      }
      State state = current.state();
      if (FAILED.contains(state) || (state == State.NOT_RUNNING && current.started())) {
        return Probe.Status.down("kafka streams state " + state);
      }
      return Probe.Status.up("kafka streams state " + state);
    };
  }

  public Probe readiness() {
    return () -> {
      if (!linkerLoaded) {
        return Probe.Status.down("knowledge base (linker index) not loaded yet");
      }
      EnrichApp current = app;
      State state = current == null ? State.NOT_RUNNING : current.state();
      return state == State.RUNNING
          ? Probe.Status.up("kafka streams state RUNNING, linker loaded")
          : Probe.Status.down("kafka streams state " + state);
    };
  }
}
