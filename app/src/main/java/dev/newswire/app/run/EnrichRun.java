package dev.newswire.app.run;

import dev.newswire.app.kafka.TopicProvisioner;
import dev.newswire.app.kafka.TopicSpec;
import dev.newswire.app.ops.Secrets;
import dev.newswire.app.schema.SchemaPublisher;
import dev.newswire.app.schema.SchemaTopic;
import dev.newswire.app.schema.SchemaTopicStore;
import dev.newswire.enrich.ArticleEnricher;
import dev.newswire.enrich.EnrichApp;
import dev.newswire.enrich.EnrichConfig;
import dev.newswire.enrich.EnrichMetrics;
import dev.newswire.enrich.ner.NerEngine;
import dev.newswire.schemas.catalog.CurrentSchemas;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.Topics;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires an enrich app for a Kafka cluster: makes sure the topics exist, publishes this build's writer
 * schemas to the schema topic, decodes raw articles of other releases through it, and builds the Streams app
 * around an already loaded NER engine and knowledge base (both loaded once per process by the
 * caller, who also closes them).
 */
public final class EnrichRun {

  private static final Logger LOG = LoggerFactory.getLogger(EnrichRun.class);

  private EnrichRun() {}

  /** An enrich app, not yet started, that links entities to the knowledge base. */
  public static EnrichApp create(Properties props, NerEngine engine, KnowledgeBase kb) {
    return create(props, engine, kb, EnrichMetrics.NONE);
  }

  /** An enrich app, not yet started, that links entities to the knowledge base and reports to {@code metrics}. */
  public static EnrichApp create(Properties props, NerEngine engine, KnowledgeBase kb, EnrichMetrics metrics) {
    return create(props, new ArticleEnricher(engine, kb.curated(), kb.index(), Clock.systemUTC()), metrics);
  }

  /** An enrich app, not yet started, around the given enricher. */
  public static EnrichApp create(Properties props, ArticleEnricher enricher) {
    return create(props, enricher, EnrichMetrics.NONE);
  }

  /** An enrich app, not yet started, around the given enricher, reporting to {@code metrics}. */
  public static EnrichApp create(Properties props, ArticleEnricher enricher, EnrichMetrics metrics) {
    EnrichConfig config = EnrichConfig.from(props);
    LOG.atInfo().addKeyValue("config", Secrets.redacted(props)).log("enrich configuration");
    TopicLayout layout = TopicLayout.from(props);
    List<TopicSpec> topics = new ArrayList<>(layout.pipelineTopics());
    topics.add(layout.enrichRepartitionTopic(config.applicationId()));
    new TopicProvisioner(KafkaProperties.adminProperties(props)).ensureTopics(topics);
    SchemaTopic schemas = SchemaTopic.from(props);
    SchemaPublisher.publish(schemas, CurrentSchemas.all());
    return new EnrichApp(config, Topics.of(config.topicNames(), ArticleSerdes.create(new SchemaTopicStore(schemas))),
        enricher, metrics);
  }
}
