package dev.newswire.enrich.overrides;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The live-overrides value format: UTF-8 JSON {@code {"title": "North_Korea", "type": "LOCATION",
 * "subtype": "COUNTRY"}}, {@code title} required, {@code type} and {@code subtype} optional (absent or
 * null), other fields ignored so that later versions may add some. A null value (tombstone) stays
 * null both ways. A value that is not such an object fails with a {@link SerializationException} that
 * says what is wrong. Stateless and thread-safe.
 */
public final class KbOverrideSerde implements Serde<KbOverrideValue> {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** Encodes a value; null for a tombstone. */
  public static byte[] encode(KbOverrideValue value) {
    if (value == null) {
      return null;
    }
    ObjectNode node = JSON.createObjectNode().put("title", value.title());
    if (value.type() != null) {
      node.put("type", value.type());
    }
    if (value.subtype() != null) {
      node.put("subtype", value.subtype());
    }
    try {
      return JSON.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new SerializationException("cannot encode override " + value, e);
    }
  }

  /**
   * Decodes a value; null for a tombstone.
   *
   * @throws SerializationException naming the problem when the bytes are not a valid override
   */
  public static KbOverrideValue decode(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    JsonNode node;
    try {
      node = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new SerializationException("override value is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new SerializationException("override value cannot be read: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw new SerializationException("override value must be a JSON object like "
          + "{\"title\": \"North_Korea\", \"type\": \"LOCATION\"}, got "
          + (node == null || node.isMissingNode() ? "nothing" : node.getNodeType()));
    }
    try {
      return new KbOverrideValue(text(node, "title", true), text(node, "type", false), text(node, "subtype", false));
    } catch (IllegalArgumentException e) {
      throw new SerializationException("bad override value: " + e.getMessage());
    }
  }

  private static String text(JsonNode object, String field, boolean required) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new IllegalArgumentException("\"" + field + "\" is required");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string, got " + value.getNodeType());
    }
    return value.textValue();
  }

  @Override
  public Serializer<KbOverrideValue> serializer() {
    return (topic, value) -> encode(value);
  }

  @Override
  public Deserializer<KbOverrideValue> deserializer() {
    return (topic, bytes) -> decode(bytes);
  }
}
