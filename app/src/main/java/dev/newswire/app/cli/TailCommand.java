package dev.newswire.app.cli;

import dev.newswire.app.schema.SchemaTopic;
import dev.newswire.app.schema.SchemaTopicStore;
import dev.newswire.app.view.AvroJsonView;
import dev.newswire.app.view.EventDecoder;
import dev.newswire.app.view.ReadableSummary;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.catalog.SchemaCatalog;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newswire tail}: reads one of the pipeline's topics with {@code isolation.level=read_committed}
 * and prints each event, readable or as one JSON object per line. It joins no consumer group and
 * commits nothing, so it never disturbs other consumers.
 */
@Command(name = "tail", mixinStandardHelpOptions = true,
    description = "Print the events of a topic (default: the enriched topic) as they arrive.")
public final class TailCommand implements Callable<Integer> {

  @Mixin
  KafkaOptions kafka;

  @Option(names = "--topic", paramLabel = "NAME",
      description = "Topic to read (default: the enriched topic, news.articles.enriched).")
  String topic;

  @Option(names = "--from-beginning", description = "Start at the earliest offset instead of the end.")
  boolean fromBeginning;

  @Option(names = "--json", description = "One JSON object per line (the JSON view) instead of a summary.")
  boolean json;

  @Option(names = "--html-out", paramLabel = "FILE",
      description = "Also write the enriched articles read to one self-contained HTML page, rewritten as each arrives.")
  Path htmlOut;

  @Option(names = "--max", paramLabel = "N", description = "Exit after N records.")
  Integer max;

  @Option(names = "--timeout", paramLabel = "SEC", description = "Exit after SEC seconds without a record.")
  Integer timeoutSeconds;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Properties props = kafka.properties();
    String name = topic != null ? topic : TopicNames.from(props).enriched();
    PrintWriter out = spec.commandLine().getOut();
    SchemaTopicStore schemas = new SchemaTopicStore(SchemaTopic.from(props));
    EventDecoder decoder = new EventDecoder(ArticleSerdes.create(schemas), SchemaCatalog.load(), schemas);
    AvroJsonView view = new AvroJsonView();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties(props),
        new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(name, Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      if (partitions.isEmpty()) {
        spec.commandLine().getErr().println("topic " + name + " does not exist");
        return 2;
      }
      consumer.assign(partitions);
      if (fromBeginning) {
        consumer.seekToBeginning(partitions);
      } else {
        consumer.seekToEnd(partitions);
      }
      loop(consumer, decoder, view, out, PageOutput.to(htmlOut, "newswire tail: " + name));
      out.flush();
      return 0;
    }
  }

  private void loop(KafkaConsumer<String, byte[]> consumer, EventDecoder decoder, AvroJsonView view, PrintWriter out,
      PageOutput page) {
    long idleLimitMs = timeoutSeconds == null ? Long.MAX_VALUE : timeoutSeconds * 1000L;
    long lastRecord = System.nanoTime();
    int printed = 0;
    while (max == null || printed < max) {
      var records = consumer.poll(Duration.ofMillis(200));
      if (records.isEmpty()) {
        if ((System.nanoTime() - lastRecord) / 1_000_000 >= idleLimitMs) {
          break;
        }
        continue;
      }
      lastRecord = System.nanoTime();
      for (ConsumerRecord<String, byte[]> record : records) {
        out.println(render(record, decoder, view, page));
        out.flush();
        printed++;
        if (max != null && printed >= max) {
          break;
        }
      }
      page.flush();
    }
  }

  private String render(ConsumerRecord<String, byte[]> record, EventDecoder decoder, AvroJsonView view, PageOutput page) {
    try {
      SpecificRecord event = decoder.decode(record.value());
      if (event instanceof EnrichedArticle article) {
        page.add(article);
      }
      return json ? view.toJsonLine(event) : ReadableSummary.of(event);
    } catch (SerializationException e) {
      String where = record.topic() + "-" + record.partition() + "@" + record.offset();
      return json ? "{\"undecodable\":true,\"position\":\"" + where + "\"}" : "? " + where + ": " + e.getMessage();
    }
  }

  private static Properties consumerProperties(Properties user) {
    Properties props = new Properties();
    props.putAll(user);
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    return props;
  }
}
