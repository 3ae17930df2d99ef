package dev.newswire.ingest.source.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.newswire.ingest.IntakeReport;
import dev.newswire.ingest.format.ParseFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the endpoint's JSON answers: accepted articles, and errors as {@code {error, message}}. */
final class JsonReplies {

  private final ObjectMapper mapper = new ObjectMapper();

  void accepted(HttpExchange exchange, IntakeReport report) throws IOException {
    ObjectNode body = mapper.createObjectNode();
    IntakeReport.IntakeArticle first = report.articles().get(0);
    body.put("id", first.id());
    body.put("version", first.version());
    body.put("format", report.format().name());
    ArrayNode articles = body.putArray("articles");
    for (IntakeReport.IntakeArticle article : report.articles()) {
      articles.addObject().put("id", article.id()).put("version", article.version())
          .put("duplicate", article.duplicate());
    }
    ArrayNode rejected = body.putArray("rejected");
    for (ParseFailure failure : report.failures()) {
      rejected.addObject().put("error", failure.reason().name()).put("message", failure.message());
    }
    send(exchange, 202, body);
  }

  void error(HttpExchange exchange, int status, String code, String message, boolean deadLettered) throws IOException {
    ObjectNode body = mapper.createObjectNode();
    body.put("error", code);
    body.put("message", message);
    body.put("deadLetter", deadLettered);
    send(exchange, status, body);
  }

  void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    byte[] bytes;
    try {
      bytes = mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      bytes = "{\"error\":\"INTERNAL_ERROR\"}".getBytes(StandardCharsets.UTF_8);
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
