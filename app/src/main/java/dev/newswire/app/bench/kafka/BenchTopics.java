package dev.newswire.app.bench.kafka;

import dev.newswire.app.kafka.TopicProvisioner;
import dev.newswire.app.kafka.TopicSpec;
import dev.newswire.app.run.KafkaProperties;
import dev.newswire.app.run.TopicLayout;
import dev.newswire.enrich.EnrichConfig;
import dev.newswire.schemas.topic.TopicNames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka settings of one bench phase: its own raw, enriched and dead-letter topics (so phases
 * never read each other's records), its own application id and state directory, as many
 * partitions as stream threads so that every thread gets the same share.
 */
public final class BenchTopics {

  private static final Duration LEADER_TIMEOUT = Duration.ofSeconds(30);

  private BenchTopics() {}

  /**
   * @param phase a short name, unique within the run ("pipeline-t2", "latency")
   * @param runId what makes topic names unique across runs on one broker
   */
  public static Properties phase(String bootstrap, String runId, String phase, int partitions, int streamThreads,
      Path stateRoot) {
    String prefix = "bench." + runId + "." + phase + ".";
    Properties props = new Properties();
    props.setProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.setProperty(StreamsConfig.APPLICATION_ID_CONFIG, "newswire-bench-" + runId + "-" + phase);
    props.setProperty(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(streamThreads));
    props.setProperty(StreamsConfig.STATE_DIR_CONFIG, stateRoot.resolve(phase).toString());
    props.putAll(new TopicNames(prefix + "raw", prefix + "enriched", prefix + "dlq", prefix + "entities")
        .toProperties());
    props.setProperty(EnrichConfig.OVERRIDES_TOPIC_PROPERTY, prefix + "overrides");
    props.setProperty(TopicLayout.PARTITIONS_PROPERTY, Integer.toString(partitions));
    return props;
  }

  /**
   * Creates the phase's raw, enriched and dead-letter topics when missing, and waits until the
   * broker knows a leader for every partition: an idempotent producer that starts sending before
   * that can get stuck retrying out-of-order sequence errors.
   */
  public static void create(Properties props) {
    TopicLayout layout = TopicLayout.from(props);
    new TopicProvisioner(KafkaProperties.adminProperties(props)).ensureTopics(layout.pipelineTopics());
    List<String> names = layout.pipelineTopics().stream().map(TopicSpec::name).toList();
    long giveUp = System.nanoTime() + LEADER_TIMEOUT.toNanos();
    try (Admin admin = Admin.create(KafkaProperties.adminProperties(props))) {
      while (!allLed(admin, names)) {
        if (System.nanoTime() > giveUp) {
          throw new IllegalStateException("no leader for the partitions of " + names + " after " + LEADER_TIMEOUT);
        }
        Thread.sleep(50); // polling the broker's metadata; there is no event to wait on
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for topic leaders", e);
    }
  }

  private static boolean allLed(Admin admin, List<String> names) throws InterruptedException {
    try {
      Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get();
      return topics.values().stream().flatMap(t -> t.partitions().stream()).allMatch(p -> p.leader() != null);
    } catch (ExecutionException e) {
      return false; // not known yet
    }
  }
}
