package dev.newswire.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SecretsTest {

  @Test
  void shouldMaskEverySecretKindAndKeepTheRest() {
    Properties props = new Properties();
    props.setProperty("sasl.jaas.config", "PlainLoginModule required username=\"u\" password=\"p1\";");
    props.setProperty("ssl.keystore.password", "p2");
    props.setProperty("ssl.key.password", "p3");
    props.setProperty("ssl.truststore.password", "p4");
    props.setProperty("ssl.keystore.key", "-----BEGIN PRIVATE KEY-----");
    props.setProperty("sasl.oauthbearer.client.credentials.client.secret", "p5");
    props.setProperty("basic.auth.user.info", "user:p6");
    props.setProperty("NEWSWIRE_API_TOKEN", "p7");
    props.setProperty("bootstrap.servers", "broker:9093");
    props.setProperty("security.protocol", "SASL_SSL");
    props.setProperty("default.key.serde", "org.apache.kafka.common.serialization.Serdes$StringSerde");
    props.setProperty("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
    props.setProperty("newswire.kb.cache.dir", "/var/cache/kb");

    Map<String, String> shown = Secrets.redacted(props);

    assertThat(shown).containsEntry("sasl.jaas.config", Secrets.MASK)
        .containsEntry("ssl.keystore.password", Secrets.MASK)
        .containsEntry("ssl.key.password", Secrets.MASK)
        .containsEntry("ssl.truststore.password", Secrets.MASK)
        .containsEntry("ssl.keystore.key", Secrets.MASK)
        .containsEntry("sasl.oauthbearer.client.credentials.client.secret", Secrets.MASK)
        .containsEntry("basic.auth.user.info", Secrets.MASK)
        .containsEntry("NEWSWIRE_API_TOKEN", Secrets.MASK)
        .containsEntry("bootstrap.servers", "broker:9093")
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("key.serializer", "org.apache.kafka.common.serialization.StringSerializer")
        .containsEntry("default.key.serde", "org.apache.kafka.common.serialization.Serdes$StringSerde")
        .containsEntry("newswire.kb.cache.dir", "/var/cache/kb");
    assertThat(shown.toString()).doesNotContain("p1", "p2", "p3", "p4", "p5", "p6", "p7", "PRIVATE KEY");
  }
}
