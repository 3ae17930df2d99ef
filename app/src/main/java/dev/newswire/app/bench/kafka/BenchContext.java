package dev.newswire.app.bench.kafka;

import dev.newswire.app.bench.Progress;
import dev.newswire.app.bench.corpus.BenchCorpus;
import dev.newswire.enrich.EnrichApp;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Function;

/**
 * What the Kafka phases of one bench run share.
 *
 * @param bootstrap the broker
 * @param runId makes this run's topic names and application ids unique on the broker
 * @param stateRoot where the phases' Kafka Streams state directories go
 * @param corpus the articles
 * @param enrich makes a (not yet started) enrich app for a phase's properties, around the run's
 *     one loaded NER engine
 * @param progress where phases report how far they got
 */
public record BenchContext(String bootstrap, String runId, Path stateRoot, BenchCorpus corpus,
    Function<Properties, EnrichApp> enrich, Progress progress) {

  /** The settings of one phase ({@link BenchTopics#phase}). */
  public Properties phase(String name, int partitions, int streamThreads) {
    return BenchTopics.phase(bootstrap, runId, name, partitions, streamThreads, stateRoot);
  }

  /**
   * A phase that enriches with {@code nerThreads} threads: that many raw partitions, and one stream
   * thread more for the related-links task. Sharing a thread with an NER task, that task read
   * nothing while the NER task had a backlog (measured: no output for the 25 s a 200-article
   * backlog took, and a steady flow with its own thread), so enrich is deployed with one thread
   * more than the raw partitions an instance works on (README, Performance).
   */
  public Properties enrichPhase(String name, int nerThreads) {
    return phase(name, nerThreads, nerThreads + 1);
  }
}
