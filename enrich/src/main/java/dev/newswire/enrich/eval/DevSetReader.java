package dev.newswire.enrich.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.schemas.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a dev set: JSON Lines, one article a line, {@code {"id", "headline", "body", "gold":
 * [{"field", "start", "end", "text", "type", "kbId"}]}} (format and annotation rules in
 * {@code eval/devset/GUIDELINES.md}). Out: the articles in file order. Rejects, naming the source
 * and line, a repeated id, an unknown field or type, and a span whose text is not the substring.
 */
public final class DevSetReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DevSetReader() {}

  public static List<DevArticle> read(Path path) throws IOException {
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return read(reader, path.toString());
    }
  }

  public static List<DevArticle> read(Reader reader, String sourceName) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    List<DevArticle> articles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int lineNumber = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String where = sourceName + ":" + lineNumber;
      DevArticle article = parse(line, where);
      if (!ids.add(article.id())) {
        throw new IllegalArgumentException(where + ": repeated id '" + article.id() + "'");
      }
      articles.add(article);
    }
    return articles;
  }

  private static DevArticle parse(String line, String where) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage(), e);
    }
    String id = required(node, "id", where).asText();
    String headline = required(node, "headline", where).asText();
    String body = required(node, "body", where).asText();
    DevArticle text = new DevArticle(id, headline, body, List.of());
    List<GoldMention> gold = new ArrayList<>();
    for (JsonNode mention : required(node, "gold", where)) {
      gold.add(mention(mention, text, where + " (" + id + ")"));
    }
    return new DevArticle(id, headline, body, gold);
  }

  private static GoldMention mention(JsonNode node, DevArticle article, String where) {
    String field = required(node, "field", where).asText();
    int start = required(node, "start", where).asInt();
    int end = required(node, "end", where).asInt();
    String text = required(node, "text", where).asText();
    String kbId = node.hasNonNull("kbId") ? node.get("kbId").asText() : null;
    EntityType type;
    try {
      type = EntityType.valueOf(required(node, "type", where).asText());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": unknown type in " + node, e);
    }
    String fieldText;
    try {
      fieldText = article.text(field);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
    if (start < 0 || end <= start || end > fieldText.length() || !fieldText.substring(start, end).equals(text)) {
      throw new IllegalArgumentException(where + ": span [" + start + ", " + end + ") of " + field
          + " is not '" + text + "'");
    }
    if (kbId != null && (kbId.isBlank() || kbId.contains(" "))) {
      throw new IllegalArgumentException(where + ": kbId must be a title with underscores: '" + kbId + "'");
    }
    return new GoldMention(field, start, end, text, type, kbId);
  }

  private static JsonNode required(JsonNode node, String name, String where) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(where + ": missing '" + name + "'");
    }
    return value;
  }
}
