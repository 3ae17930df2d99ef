package dev.newswire.bench;

import dev.newswire.enrich.ArticleEnricher;
import dev.newswire.enrich.related.RelatedConfig;
import dev.newswire.enrich.related.RelatedLinksStep;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EntityProfile;
import dev.newswire.schemas.Story;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.Topic;
import dev.newswire.schemas.topic.TopicNames;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The related-links step ({@link RelatedLinksStep}: postings, co-occurrences, terms, scoring, profiles,
 * stories) per
 * article, through a {@code TopologyTestDriver} with the step's real state stores. The window is
 * filled first and articles arrive so that it holds about {@code windowArticles} articles, old ones
 * expiring as new ones come: the steady state of a running pipeline. Includes Avro encoding of the
 * input and outputs, as the stores and topics need.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RelatedLinksBenchmark {

  private static final int DISTINCT_ARTICLES = 400;
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @Param({"2000"})
  public int windowArticles;

  private TopologyTestDriver driver;
  private TestInputTopic<String, EnrichedArticle> input;
  private TestOutputTopic<String, EnrichedArticle> output;
  private TestOutputTopic<String, EntityProfile> profiles;
  private TestOutputTopic<String, Story> stories;
  private final List<EnrichedArticle> articles = new ArrayList<>();
  private long stepMillis;
  private long sent;

  @Setup
  public void setUp() throws IOException {
    ArticleSerdes serdes = ArticleSerdes.create();
    // each article linked as it comes (no sequencing delay): the benchmark times the linking itself
    RelatedConfig config = RelatedConfig.from(Map.of(RelatedConfig.SEQUENCE_QUIET_PROPERTY, "0"));
    Topic<String, EntityProfile> profileTopic = RelatedLinksStep.profilesTopic(config, serdes);
    Topic<String, Story> storyTopic = new Topic<>(TopicNames.DEFAULT_STORIES, Serdes.String(), serdes.story());
    StreamsBuilder builder = new StreamsBuilder();
    KStream<String, EnrichedArticle> in = builder.stream("in", Consumed.with(Serdes.String(), serdes.enrichedArticle()));
    RelatedLinksStep.attach(in, config, Serdes.String(), serdes.enrichedArticle(), profileTopic, storyTopic,
            Clock.systemUTC())
        .to("out", Produced.with(Serdes.String(), serdes.enrichedArticle()));
    Properties props = new Properties();
    props.setProperty(StreamsConfig.APPLICATION_ID_CONFIG, "related-bench");
    props.setProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.setProperty(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("related-bench").toString());
    driver = new TopologyTestDriver(builder.build(), props);
    input = driver.createInputTopic("in", Serdes.String().serializer(), serdes.enrichedArticle().serializer());
    output = driver.createOutputTopic("out", Serdes.String().deserializer(), serdes.enrichedArticle().deserializer());
    profiles = driver.createOutputTopic(profileTopic.name(), Serdes.String().deserializer(),
        profileTopic.valueSerde().deserializer());
    stories = driver.createOutputTopic(storyTopic.name(), Serdes.String().deserializer(),
        storyTopic.valueSerde().deserializer());
    ArticleEnricher enricher = new ArticleEnricher(new CapitalisedNameEngine(), Clock.systemUTC());
    for (int i = 0; i < DISTINCT_ARTICLES; i++) {
      articles.add(enricher.enrich(SampleArticles.newsArticle(i, 300)));
    }
    stepMillis = config.window().toMillis() / windowArticles;
    for (int i = 0; i < windowArticles; i++) {
      linkNext();
    }
  }

  @TearDown
  public void tearDown() {
    driver.close();
  }

  @Benchmark
  public EnrichedArticle linkNext() {
    EnrichedArticle article = articles.get((int) (sent % DISTINCT_ARTICLES));
    Instant time = START.plusMillis(sent * stepMillis);
    article.setId(String.format(Locale.ROOT, "related-%010d", sent));
    article.setPublishedAt(time);
    sent++;
    input.pipeInput(article.getId(), article, time);
    profiles.readRecordsToList(); // drain, or the driver keeps every profile in memory
    stories.readRecordsToList();
    return output.readValue();
  }
}
