package dev.newswire.app.ops;

/** A yes/no question about the process (alive? ready?) with a short reason, for /health and /ready. */
@FunctionalInterface
public interface Probe {

  /** Always up. */
  Probe UP = () -> Status.up("ok");

  Status check();

  /**
   * The answer.
   *
   * @param up whether the probe passes (HTTP 200) or not (HTTP 503)
   * @param detail one short line saying why, for people and for logs; never configuration values
   */
  record Status(boolean up, String detail) {

    public static Status up(String detail) {
      return new Status(true, detail);
    }

    public static Status down(String detail) {
      return new Status(false, detail);
    }
  }
}
