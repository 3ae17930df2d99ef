package dev.newswire.app.bench;

/**
 * Hears how a long bench phase is going: a redrawn line on a terminal, a log line now and then
 * otherwise. Implementations are thread-safe and cheap.
 */
public interface Progress {

  /** Hears nothing. */
  Progress NONE = new Progress() {
    @Override
    public void update(String phase, String detail) {}

    @Override
    public void finish(String phase, String summary) {}
  };

  /** The phase is still running; {@code detail} says how far it got. */
  void update(String phase, String detail);

  /** The phase ended with {@code summary}. */
  void finish(String phase, String summary);
}
