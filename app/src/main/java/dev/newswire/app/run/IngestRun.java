package dev.newswire.app.run;

import dev.newswire.app.kafka.TopicProvisioner;
import dev.newswire.ingest.ArticlePublisher;
import dev.newswire.ingest.IngestConfig;
import dev.newswire.ingest.IngestSummary;
import dev.newswire.ingest.Ingester;
import dev.newswire.ingest.ProgressListener;
import dev.newswire.schemas.serde.ArticleSerdes;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Properties;

/**
 * One ingest run against a Kafka cluster: makes sure the topics exist, publishes the articles found
 * at the given paths (and dead letters for what cannot be read), flushes, and says what it did.
 */
public final class IngestRun {

  private IngestRun() {}

  public static IngestSummary run(Properties props, List<String> paths, ProgressListener progress, InputStream stdin) {
    IngestConfig config = IngestConfig.from(props);
    new TopicProvisioner(KafkaProperties.adminProperties(props))
        .ensureTopics(TopicLayout.from(props).pipelineTopics());
    ArticleSerdes serdes = ArticleSerdes.create();
    try (ArticlePublisher publisher = config.newPublisher(serdes)) {
      Ingester ingester = new Ingester(publisher, config.formatDetector(), Clock.systemUTC(), stdin);
      return ingester.ingest(paths, progress);
    }
  }
}
