package dev.newswire.app.testing;

import dev.newswire.enrich.ner.CrfNerEngine;

/**
 * One NER engine for every test class of a test JVM, as {@code newswire enrich} loads one per process:
 * its three CRFs take about 500 MB of heap, and test classes that each kept their own (in static fields,
 * reachable until the JVM ends) ran the failsafe fork out of memory.
 */
public final class SharedEngine {

  private static CrfNerEngine engine;

  private SharedEngine() {}

  /** The engine, loaded on first use. */
  public static synchronized CrfNerEngine get() {
    if (engine == null) {
      engine = new CrfNerEngine();
    }
    return engine;
  }
}
