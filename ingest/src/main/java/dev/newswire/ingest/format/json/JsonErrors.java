package dev.newswire.ingest.format.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.newswire.ingest.format.RejectReason;

/** Turns Jackson errors into one-line messages without the location dump Jackson appends. */
final class JsonErrors {

  private JsonErrors() {}

  /**
   * TOO_LARGE when the JSON broke a size limit (a string longer than the article limit, a document
   * longer than the input limit): well-formed JSON that is too big is not malformed. MALFORMED_JSON
   * for everything else, nesting too deep included.
   */
  static RejectReason reasonOf(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    boolean tooLarge = e instanceof StreamConstraintsException && message != null
        && (message.contains("getMaxStringLength") || message.contains("getMaxDocumentLength"));
    return tooLarge ? RejectReason.TOO_LARGE : RejectReason.MALFORMED_JSON;
  }

  static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "invalid JSON";
    }
    String firstLine = message.lines().findFirst().orElse(message).strip();
    return "invalid JSON: " + firstLine;
  }
}
