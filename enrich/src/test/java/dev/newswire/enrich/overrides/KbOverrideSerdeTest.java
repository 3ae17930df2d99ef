package dev.newswire.enrich.overrides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.enrich.link.KbOverride;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class KbOverrideSerdeTest {

  private final KbOverrideSerde serde = new KbOverrideSerde();

  @Test
  void shouldReadTheDocumentedFormat() {
    KbOverrideValue value = decode("{\"title\": \"North_Korea\", \"type\": \"LOCATION\", \"subtype\": \"COUNTRY\"}");

    assertThat(value).isEqualTo(new KbOverrideValue("North_Korea", "LOCATION", "COUNTRY"));
    assertThat(value.toOverride("DPRK")).isEqualTo(new KbOverride("DPRK", "North_Korea", "LOCATION", "COUNTRY"));
  }

  @Test
  void shouldTreatTypeAndSubtypeAsOptionalAndIgnoreUnknownFields() {
    KbOverrideValue value = decode("{\"title\": \"Kim_Jong_Un\", \"type\": null, \"note\": \"added by the desk\"}");

    assertThat(value).isEqualTo(new KbOverrideValue("Kim_Jong_Un", null, null));
    assertThat(value.toOverride("Kim")).isEqualTo(new KbOverride("Kim", "Kim_Jong_Un", "MISC", null));
  }

  @Test
  void shouldNormaliseTheTypeToUpperCase() {
    assertThat(decode("{\"title\": \"Jordan\", \"type\": \"location\"}").type()).isEqualTo("LOCATION");
  }

  @Test
  void shouldRoundTripValuesAndTombstones() {
    KbOverrideValue full = new KbOverrideValue("North_Korea", "LOCATION", "COUNTRY");
    KbOverrideValue titleOnly = new KbOverrideValue("Ren\u00e9_Magritte", null, null);

    assertThat(roundTrip(full)).isEqualTo(full);
    assertThat(roundTrip(titleOnly)).isEqualTo(titleOnly);
    assertThat(new String(serde.serializer().serialize("t", titleOnly), StandardCharsets.UTF_8))
        .isEqualTo("{\"title\":\"Ren\u00e9_Magritte\"}");
    assertThat(serde.serializer().serialize("t", null)).isNull();
    assertThat(serde.deserializer().deserialize("t", null)).isNull();
  }

  @Test
  void shouldRejectBadValuesSayingWhy() {
    assertBad("not json", "override value is not JSON");
    assertBad("", "must be a JSON object");
    assertBad("[\"North_Korea\"]", "must be a JSON object like {\"title\": \"North_Korea\"");
    assertBad("{\"type\": \"LOCATION\"}", "\"title\" is required");
    assertBad("{\"title\": 42}", "\"title\" must be a string, got NUMBER");
    assertBad("{\"title\": \"North Korea\"}", "title 'North Korea' contains whitespace");
    assertBad("{\"title\": \"  \"}", "title must not be blank");
    assertBad("{\"title\": \"North_Korea\", \"type\": \"COUNTRY\"}",
        "unknown type 'COUNTRY'; expected one of [LOCATION, MISC, ORGANIZATION, PERSON]");
    assertBad("{\"title\": \"North_Korea\"} {}", "override value is not JSON");
  }

  private void assertBad(String json, String message) {
    assertThatThrownBy(() -> decode(json)).isInstanceOf(SerializationException.class).hasMessageContaining(message);
  }

  private KbOverrideValue decode(String json) {
    return serde.deserializer().deserialize("t", json.getBytes(StandardCharsets.UTF_8));
  }

  private KbOverrideValue roundTrip(KbOverrideValue value) {
    return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
  }
}
