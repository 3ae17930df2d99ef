package dev.newswire.app.bench.kafka;

import dev.newswire.app.kafka.TopicProvisioner;
import dev.newswire.app.run.KafkaProperties;
import dev.newswire.app.run.TopicLayout;
import dev.newswire.enrich.EnrichConfig;
import dev.newswire.schemas.topic.TopicNames;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka settings of one bench phase: its own raw, enriched and dead-letter topics (so phases
 * never read each other's records), its own application id and state directory, as many
 * partitions as stream threads so that every thread gets the same share.
 */
public final class BenchTopics {

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
    props.putAll(TopicNames.defaults().withPrefix(prefix).toProperties());
    props.setProperty(EnrichConfig.OVERRIDES_TOPIC_PROPERTY, prefix + "overrides");
    props.setProperty(TopicLayout.PARTITIONS_PROPERTY, Integer.toString(partitions));
    return props;
  }

  /**
   * Creates the phase's topics when missing; the provisioner waits until every new partition has a
   * leader, so the first send does not meet NOT_LEADER_OR_FOLLOWER.
   */
  public static void create(Properties props) {
    new TopicProvisioner(KafkaProperties.adminProperties(props)).ensureTopics(TopicLayout.from(props).pipelineTopics());
  }
}
