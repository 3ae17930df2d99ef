package dev.newswire.app.run;

import dev.newswire.app.kafka.TopicProvisioner;
import dev.newswire.enrich.ArticleEnricher;
import dev.newswire.enrich.EnrichApp;
import dev.newswire.enrich.EnrichConfig;
import dev.newswire.enrich.ner.NerEngine;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.Topics;
import java.time.Clock;
import java.util.Properties;

/**
 * Wires an enrich app for a Kafka cluster: makes sure the topics exist and builds the Streams app
 * around an already loaded NER engine (models are loaded once per process by the caller).
 */
public final class EnrichRun {

  private EnrichRun() {}

  /** A started-ready (not yet started) enrich app. */
  public static EnrichApp create(Properties props, NerEngine engine) {
    EnrichConfig config = EnrichConfig.from(props);
    new TopicProvisioner(KafkaProperties.adminProperties(props))
        .ensureTopics(TopicLayout.from(props).pipelineTopics());
    Topics topics = Topics.of(config.topicNames(), ArticleSerdes.create());
    return new EnrichApp(config, topics, new ArticleEnricher(engine, Clock.systemUTC()));
  }
}
