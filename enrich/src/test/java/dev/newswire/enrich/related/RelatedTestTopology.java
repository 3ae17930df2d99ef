package dev.newswire.enrich.related;

import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EntityProfile;
import dev.newswire.schemas.Story;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.Topic;
import dev.newswire.schemas.topic.TopicNames;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;

/** The topology the related-links tests run: topic {@link #IN}, the step, topic {@link #OUT}; exactly-once. */
final class RelatedTestTopology {

  static final String IN = "enriched-in";
  static final String OUT = "linked-out";
  static final String APPLICATION_ID = "related-test";

  private RelatedTestTopology() {}

  static Topology build(RelatedConfig config, ArticleSerdes serdes, Instant now) {
    StreamsBuilder builder = new StreamsBuilder();
    KStream<String, EnrichedArticle> in = builder.stream(IN, Consumed.with(Serdes.String(), serdes.enrichedArticle()));
    RelatedLinksStep.attach(in, config, Serdes.String(), serdes.enrichedArticle(),
            RelatedLinksStep.profilesTopic(config, serdes), storiesTopic(serdes), Clock.fixed(now, ZoneOffset.UTC))
        .to(OUT, Produced.with(Serdes.String(), serdes.enrichedArticle()));
    return builder.build();
  }

  /** A driver on the step, with its input and its three outputs; closing it closes the driver. */
  record Run(TopologyTestDriver driver, TestInputTopic<String, EnrichedArticle> input,
      TestOutputTopic<String, EnrichedArticle> output, TestOutputTopic<String, EntityProfile> profiles,
      TestOutputTopic<String, Story> stories) implements AutoCloseable {

    @Override
    public void close() {
      driver.close();
    }
  }

  static Run run(RelatedConfig config, ArticleSerdes serdes, Instant now) {
    TopologyTestDriver driver = driver(config, serdes, now);
    return new Run(driver,
        driver.createInputTopic(IN, new StringSerializer(), serdes.enrichedArticle()),
        driver.createOutputTopic(OUT, new StringDeserializer(), serdes.enrichedArticle()),
        driver.createOutputTopic(config.entitiesTopic(), new StringDeserializer(), serdes.entityProfile()),
        driver.createOutputTopic(TopicNames.DEFAULT_STORIES, new StringDeserializer(), serdes.story()));
  }

  /** The story topic under its default name. */
  static Topic<String, Story> storiesTopic(ArticleSerdes serdes) {
    return new Topic<>(TopicNames.DEFAULT_STORIES, Serdes.String(), serdes.story());
  }

  static TopologyTestDriver driver(RelatedConfig config, ArticleSerdes serdes, Instant now) {
    Properties properties = new Properties();
    properties.put("application.id", APPLICATION_ID);
    properties.put("bootstrap.servers", "unused:9092");
    properties.put("processing.guarantee", "exactly_once_v2");
    // a state directory of its own: two runs on one machine (a CI clone beside a checkout) must not share stores
    try {
      properties.put("state.dir", java.nio.file.Files.createTempDirectory("related-test").toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new TopologyTestDriver(build(config, serdes, now), properties);
  }
}
