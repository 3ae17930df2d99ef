package dev.newswire.ingest.format.json;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Turns Jackson errors into one-line messages without the location dump Jackson appends. */
final class JsonErrors {

  private JsonErrors() {}

  static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "invalid JSON";
    }
    String firstLine = message.lines().findFirst().orElse(message).strip();
    return "invalid JSON: " + firstLine;
  }
}
