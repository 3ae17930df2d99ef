package dev.newswire.enrich.overrides;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.link.KbOverride;
import dev.newswire.enrich.link.OverrideSource;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveOverridesTest {

  private static final String TOPIC = "overrides";

  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> overrides;
  private KeyValueStore<String, KbOverrideValue> store;

  @BeforeEach
  void start() {
    StreamsBuilder builder = new StreamsBuilder();
    LiveOverrides.addTo(builder, LiveOverrides.topic(TOPIC));
    Properties props = new Properties();
    props.setProperty("application.id", "live-overrides-test");
    props.setProperty("bootstrap.servers", "unused:9092");
    driver = new TopologyTestDriver(builder.build(), props);
    overrides = driver.createInputTopic(TOPIC, new StringSerializer(), new ByteArraySerializer());
    store = driver.getKeyValueStore(LiveOverrides.STORE);
  }

  @AfterEach
  void close() {
    driver.close();
  }

  @Test
  void shouldStoreAnOverrideAndRemoveItOnATombstone() {
    overrides.pipeInput("DPRK", json("{\"title\": \"North_Korea\", \"type\": \"LOCATION\", \"subtype\": \"COUNTRY\"}"));

    assertThat(store.get("DPRK")).isEqualTo(new KbOverrideValue("North_Korea", "LOCATION", "COUNTRY"));

    overrides.pipeInput("DPRK", (byte[]) null);

    assertThat(store.get("DPRK")).isNull();
  }

  @Test
  void shouldLetTheLatestRecordForASurfaceWin() {
    overrides.pipeInput("Jordan", json("{\"title\": \"Jordan\", \"type\": \"LOCATION\"}"));
    overrides.pipeInput("Jordan", json("{\"title\": \"Michael_Jordan\", \"type\": \"PERSON\"}"));

    assertThat(store.get("Jordan")).isEqualTo(new KbOverrideValue("Michael_Jordan", "PERSON", null));
  }

  @Test
  void shouldSkipBadRecordsAndKeepGoing() {
    overrides.pipeInput("DPRK", json("{\"title\": \"North_Korea\"}"));
    overrides.pipeInput("DPRK", json("{\"title\": \"North Korea\"}"));
    overrides.pipeInput("Pyongyang", json("not json"));
    overrides.pipeInput("   ", json("{\"title\": \"Nowhere\"}"));
    overrides.pipeInput((String) null, json("{\"title\": \"Nowhere\"}"));
    overrides.pipeInput("Seoul", json("{\"title\": \"Seoul\", \"type\": \"LOCATION\", \"subtype\": \"CITY\"}"));

    assertThat(store.get("DPRK")).as("a bad update leaves the last good value").isEqualTo(
        new KbOverrideValue("North_Korea", null, null));
    assertThat(store.get("Pyongyang")).isNull();
    assertThat(store.approximateNumEntries()).isEqualTo(2);
    assertThat(store.get("Seoul").title()).isEqualTo("Seoul");
  }

  @Test
  void shouldFindOverridesUnderSurfaceVariants() {
    overrides.pipeInput("DPRK", json("{\"title\": \"North_Korea\", \"type\": \"LOCATION\"}"));
    OverrideSource live = LiveOverrides.source(store);

    assertThat(live.find("DPRK")).contains(new KbOverride("DPRK", "North_Korea", "LOCATION", null));
    assertThat(live.find("DPRK's")).contains(new KbOverride("DPRK", "North_Korea", "LOCATION", null));
    assertThat(live.find("Seoul")).isEqualTo(Optional.empty());
  }

  private static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
