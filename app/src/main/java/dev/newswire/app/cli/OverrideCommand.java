package dev.newswire.app.cli;

import dev.newswire.app.kafka.TopicProvisioner;
import dev.newswire.app.run.KafkaProperties;
import dev.newswire.app.run.TopicLayout;
import dev.newswire.enrich.overrides.KbOverrideSerde;
import dev.newswire.enrich.overrides.KbOverrideValue;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newswire override}: publishes one live entity-link override (key: the surface form, value:
 * {@link KbOverrideSerde} JSON) or, with {@code --delete}, a tombstone for it, on the compacted
 * overrides topic, creating that topic when missing. A running enrich applies it to the articles it
 * enriches from then on. A title with spaces is written with underscores (and a note says so).
 */
@Command(name = "override", mixinStandardHelpOptions = true,
    description = "Link a surface form to a Wikipedia title from now on (or remove that link with --delete).")
public final class OverrideCommand implements Callable<Integer> {

  static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

  @Mixin
  KafkaOptions kafka;

  @Option(names = "--surface", required = true, paramLabel = "TEXT",
      description = "The name exactly as it appears in articles, e.g. DPRK.")
  String surface;

  @Option(names = "--title", paramLabel = "TITLE",
      description = "English Wikipedia title, e.g. North_Korea (spaces become underscores).")
  String title;

  @Option(names = "--type", paramLabel = "TYPE",
      description = "PERSON, ORGANIZATION, LOCATION or MISC: the linked entity's type (default: MISC, which "
          + "never applies to a mention tagged PERSON).")
  String type;

  @Option(names = "--subtype", paramLabel = "SUBTYPE", description = "Finer type, e.g. COUNTRY, CITY.")
  String subtype;

  @Option(names = "--delete", description = "Remove the override for --surface (publishes a tombstone).")
  boolean delete;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    String key = surfaceOrFail();
    KbOverrideValue value = delete ? tombstoneOrFail() : valueOrFail();
    Properties props = kafka.properties();
    TopicLayout layout = TopicLayout.from(props);
    new TopicProvisioner(KafkaProperties.adminProperties(props)).ensureTopics(List.of(layout.overridesTopic()));
    KafkaProducer<String, KbOverrideValue> producer = new KafkaProducer<>(producerProperties(props),
        new StringSerializer(), new KbOverrideSerde().serializer());
    try {
      RecordMetadata written = producer.send(new ProducerRecord<>(layout.overrides(), key, value))
          .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      PrintWriter out = spec.commandLine().getOut();
      out.println(describe(key, value, written));
      out.flush();
      return 0;
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      spec.commandLine().getErr().println("newswire override: could not write to " + layout.overrides() + ": "
          + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
      return 1;
    } finally {
      // Bounded: the default close() waits as long as an unsent record might still be delivered.
      producer.close(CLOSE_TIMEOUT);
    }
  }

  private String surfaceOrFail() {
    String key = surface.strip();
    if (key.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--surface must not be blank");
    }
    return key;
  }

  private KbOverrideValue tombstoneOrFail() {
    if (title != null || type != null || subtype != null) {
      throw new ParameterException(spec.commandLine(), "--delete takes only --surface (no --title, --type or --subtype)");
    }
    return null;
  }

  private KbOverrideValue valueOrFail() {
    if (title == null || title.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--title is required (or --delete to remove an override)");
    }
    String wikiTitle = title.strip().replaceAll("\\s+", "_");
    if (!wikiTitle.equals(title.strip())) {
      spec.commandLine().getErr().println("note: Wikipedia titles use underscores; writing title " + wikiTitle);
    }
    if (type == null || type.isBlank()) {
      spec.commandLine().getErr().println("note: no --type given: the entity will be typed " + KbOverrideValue.DEFAULT_TYPE
          + ", and mentions tagged PERSON will not use this override");
    }
    try {
      return new KbOverrideValue(wikiTitle, type, subtype);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "invalid override: " + e.getMessage(), e);
    }
  }

  static String describe(String surface, KbOverrideValue value, RecordMetadata written) {
    String where = " to " + written.topic() + " (partition " + written.partition() + ", offset " + written.offset() + ")";
    if (value == null) {
      return "override: removed '" + surface + "': tombstone published" + where;
    }
    String kind = value.type() == null ? "" : " [" + value.type() + (value.subtype() == null ? "" : "/" + value.subtype()) + "]";
    return "override: '" + surface + "' -> " + value.title() + kind + " published" + where;
  }

  private static Map<String, Object> producerProperties(Properties user) {
    Map<String, Object> props = KafkaProperties.adminProperties(user); // connection and security only
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "newswire-override");
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) SEND_TIMEOUT.toMillis());
    return props;
  }
}
