package dev.newswire.app.stories;

import dev.newswire.enrich.ArticleEnricher;
import dev.newswire.enrich.EnrichConfig;
import dev.newswire.enrich.EnrichTopology;
import dev.newswire.enrich.eval.stories.StoryArticle;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Replays a story stream through the enrich topology ({@link EnrichTopology#build}: the enricher it is
 * given, the related-links step with its default settings and persistent stores, the real Avro serdes)
 * in a {@code TopologyTestDriver}, under exactly-once as enrich runs. In: the articles in publication
 * order and a {@link ReplayMode}. Out: the last EnrichedArticle per article id from the enriched topic,
 * and the dead letters. The driver processes each record through every step, the one-partition
 * repartition topic included, before it takes the next; the topology schedules no punctuation, so
 * nothing is left to flush at the end.
 */
public final class StoryReplay {

  private final ArticleEnricher enricher;

  public StoryReplay(ArticleEnricher enricher) {
    this.enricher = enricher;
  }

  /** What one replay gave. */
  public record Output(Map<String, EnrichedArticle> enriched, List<DeadLetter> deadLetters) {}

  public Output run(List<StoryArticle> articles, ReplayMode mode) {
    Path stateDir = temporaryStateDir();
    try {
      return run(articles, mode, stateDir);
    } finally {
      delete(stateDir);
    }
  }

  private Output run(List<StoryArticle> articles, ReplayMode mode, Path stateDir) {
    EnrichConfig config = EnrichConfig.from(Map.of(
        StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092",
        StreamsConfig.APPLICATION_ID_CONFIG, "newswire-stories-eval",
        StreamsConfig.STATE_DIR_CONFIG, stateDir.toString()));
    ArticleSerdes serdes = ArticleSerdes.create();
    Topics topics = Topics.of(config.topicNames(), serdes);
    Instant start = articles.get(0).publishedAt();
    try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(config, topics, enricher),
        config.streamsProperties(), start)) {
      TestInputTopic<String, NewsArticle> raw =
          driver.createInputTopic(topics.raw().name(), new StringSerializer(), serdes.newsArticle());
      TestOutputTopic<String, EnrichedArticle> enriched =
          driver.createOutputTopic(topics.enriched().name(), new StringDeserializer(), serdes.enrichedArticle());
      TestOutputTopic<String, DeadLetter> deadLetters =
          driver.createOutputTopic(topics.deadLetters().name(), new StringDeserializer(), serdes.deadLetter());
      Instant wallClock = start;
      for (StoryArticle article : mode.arrivalOrder(articles)) {
        if (mode == ReplayMode.LIVE && article.publishedAt().isAfter(wallClock)) {
          driver.advanceWallClockTime(Duration.between(wallClock, article.publishedAt()));
          wallClock = article.publishedAt();
        }
        raw.pipeInput(article.id(), article.toNewsArticle(mode.ingestedAt(article, articles)), article.publishedAt());
      }
      // the related-links step links the last burst once the stream has been quiet (its sequencing delay)
      driver.advanceWallClockTime(config.related().sequenceMaxHold().plusSeconds(1));
      Map<String, EnrichedArticle> out = new LinkedHashMap<>();
      for (KeyValue<String, EnrichedArticle> record : enriched.readKeyValuesToList()) {
        out.put(record.key, record.value);
      }
      return new Output(out, deadLetters.readValuesToList());
    }
  }

  private static Path temporaryStateDir() {
    try {
      return Files.createTempDirectory("newswire-stories-eval");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a state directory for the replay", e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
