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
}
