package dev.newswire.app.ingest;

import dev.newswire.app.testing.EmbeddedKafkaExtension;
import dev.newswire.ingest.IngestConfig;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Unique topics, application id and ingest state folder for one ingest integration test, and
 * readers for its raw and dead-letter topics.
 */
final class IngestItTopics {

  static final Duration TIMEOUT = Duration.ofSeconds(60);

  final EmbeddedKafkaExtension kafka;
  final TopicNames names;
  final Properties props = new Properties();
  final ArticleSerdes serdes = ArticleSerdes.create();

  IngestItTopics(EmbeddedKafkaExtension kafka, String test, Path stateDir) {
    this.kafka = kafka;
    String prefix = kafka.uniqueName(test) + "-";
    names = TopicNames.defaults().withPrefix(prefix);
    props.setProperty("bootstrap.servers", kafka.bootstrapServers());
    props.setProperty("application.id", prefix + "app");
    props.setProperty("state.dir", stateDir.resolve("streams").toString());
    props.putAll(names.toProperties());
    props.setProperty(IngestConfig.STATE_DIR, stateDir.resolve("ingest").toString());
    props.setProperty("newswire.topic.partitions", "1");
  }

  List<NewsArticle> awaitRaw(int count) {
    return kafka.reader().awaitRecords(names.raw(), count, new StringDeserializer(), serdes.newsArticle(), TIMEOUT)
        .stream().map(ConsumerRecord::value).toList();
  }

  List<NewsArticle> allRaw() {
    return kafka.reader().readToEnd(names.raw(), new StringDeserializer(), serdes.newsArticle())
        .stream().map(ConsumerRecord::value).toList();
  }

  List<DeadLetter> awaitDeadLetters(int count) {
    return kafka.reader().awaitRecords(names.deadLetters(), count, new StringDeserializer(), serdes.deadLetter(),
        TIMEOUT).stream().map(ConsumerRecord::value).toList();
  }
}
