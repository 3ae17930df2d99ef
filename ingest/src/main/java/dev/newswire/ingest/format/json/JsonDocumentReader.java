package dev.newswire.ingest.format.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.ingest.format.TextDocument;
import dev.newswire.schemas.InputFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a JSON document that is one object or an array of objects, streaming through the array so
 * that each element is judged on its own: a bad element is one failure (with its index, line and its
 * own bytes) and the others still become articles. A syntax error ends the document: what was read
 * before it stands, the rest is one MALFORMED_JSON failure.
 */
final class JsonDocumentReader {

  private final ObjectMapper mapper;
  private final ObjectReader elementReader;
  private final JsonArticleMapper articles;
  private final FormatLimits limits;

  JsonDocumentReader(ObjectMapper mapper, JsonArticleMapper articles, FormatLimits limits) {
    this.mapper = mapper;
    this.elementReader = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.articles = articles;
    this.limits = limits;
  }

  ParseResult read(TextDocument document) {
    List<ArticleDraft> drafts = new ArrayList<>();
    List<ParseFailure> failures = new ArrayList<>();
    try (JsonParser parser = mapper.createParser(document.bytes())) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        readArray(parser, document.bytes(), drafts, failures);
      } else {
        readElement(parser, document.bytes(), "", drafts, failures);
      }
      if (parser.nextToken() != null) {
        failures.add(ParseFailure.of(RejectReason.MALFORMED_JSON,
            "line " + parser.currentTokenLocation().getLineNr() + ": unexpected content after the JSON value"));
      }
    } catch (JsonProcessingException e) {
      failures.add(ParseFailure.of(JsonErrors.reasonOf(e), at(e.getLocation()) + JsonErrors.describe(e), e));
    } catch (IOException e) {
      failures.add(ParseFailure.of(RejectReason.MALFORMED_JSON, "cannot read JSON: " + e.getMessage(), e));
    }
    return new ParseResult(InputFormat.JSON, drafts, failures);
  }

  private void readArray(JsonParser parser, byte[] bytes, List<ArticleDraft> drafts, List<ParseFailure> failures)
      throws IOException {
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() == null) {
        throw new IOException("JSON array is not closed");
      }
      index++;
      readElement(parser, bytes, "element " + index + ", ", drafts, failures);
    }
  }

  /** Reads the value at the parser's current token; the prefix names the array element, if any. */
  private void readElement(JsonParser parser, byte[] bytes, String prefix, List<ArticleDraft> drafts,
      List<ParseFailure> failures) throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    JsonNode node = elementReader.readValue(parser);
    long end = parser.currentLocation().getByteOffset();
    byte[] own = prefix.isEmpty() ? null : slice(bytes, start.getByteOffset(), end);
    String where = prefix + "line " + start.getLineNr() + ": ";
    long size = end - start.getByteOffset();
    if (size > limits.maxArticleBytes()) {
      failures.add(new ParseFailure(RejectReason.TOO_LARGE, where + "article is " + size
          + " bytes; the limit is " + limits.maxArticleBytes(), ParseFailure.class.getName(), own));
      return;
    }
    try {
      drafts.add(articles.map(node, InputFormat.JSON));
    } catch (InvalidArticleException e) {
      failures.add(new ParseFailure(e.reason(), where + e.getMessage(), e.getClass().getName(), own));
    }
  }

  private static byte[] slice(byte[] bytes, long from, long to) {
    if (from < 0 || to > bytes.length || from >= to) {
      return null;
    }
    return Arrays.copyOfRange(bytes, (int) from, (int) to);
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? "" : "line " + location.getLineNr() + ": ";
  }
}
