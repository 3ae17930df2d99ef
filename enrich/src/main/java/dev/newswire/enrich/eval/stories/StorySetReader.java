package dev.newswire.enrich.eval.stories;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Reads a story stream folder ({@code eval/stories/}, format in its README): {@code articles.jsonl}
 * ({@code id, headline, body, source, url, publishedAt}) and {@code labels.jsonl} ({@code id, story,
 * duplicateOf, relatedTopics}). Out: a {@link StorySet} with the articles in publication order (ties
 * in file order). Anything missing or malformed is an {@link IllegalArgumentException} naming the
 * file and line.
 */
public final class StorySetReader {

  public static final String ARTICLES = "articles.jsonl";
  public static final String LABELS = "labels.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private StorySetReader() {}

  public static StorySet read(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no story stream folder at " + folder);
    }
    List<StoryArticle> articles = new ArrayList<>(lines(folder.resolve(ARTICLES), StorySetReader::article));
    articles.sort(Comparator.comparing(StoryArticle::publishedAt));
    Map<String, StoryLabel> labels = new HashMap<>();
    for (StoryLabel label : lines(folder.resolve(LABELS), StorySetReader::label)) {
      if (labels.put(label.id(), label) != null) {
        throw new IllegalArgumentException(folder.resolve(LABELS) + ": repeated id '" + label.id() + "'");
      }
    }
    Map<String, StoryArticle> byId = new HashMap<>();
    for (StoryArticle article : articles) {
      if (byId.put(article.id(), article) != null) {
        throw new IllegalArgumentException(folder.resolve(ARTICLES) + ": repeated id '" + article.id() + "'");
      }
      if (!labels.containsKey(article.id())) {
        throw new IllegalArgumentException(folder.resolve(LABELS) + ": no label for '" + article.id() + "'");
      }
    }
    for (StoryLabel label : labels.values()) {
      if (!byId.containsKey(label.id())) {
        throw new IllegalArgumentException(folder.resolve(LABELS) + ": label of unknown article '" + label.id() + "'");
      }
      if (label.duplicateOf() != null && !byId.containsKey(label.duplicateOf())) {
        throw new IllegalArgumentException(folder.resolve(LABELS) + ": '" + label.id() + "' is a duplicate of unknown '"
            + label.duplicateOf() + "'");
      }
    }
    if (articles.isEmpty()) {
      throw new IllegalArgumentException(folder.resolve(ARTICLES) + ": no articles");
    }
    return new StorySet(articles, labels);
  }

  private static <T> List<T> lines(Path file, BiFunction<JsonNode, String, T> parse) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no " + file.getFileName() + " in " + file.getParent());
    }
    List<T> items = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String where = file + ":" + number;
      try {
        items.add(parse.apply(JSON.readTree(line), where));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage(), e);
      }
    }
    return items;
  }

  private static StoryArticle article(JsonNode node, String where) {
    String id = text(node, "id", where, true);
    String headline = text(node, "headline", where, true);
    String body = text(node, "body", where, true);
    String published = text(node, "publishedAt", where, true);
    try {
      return new StoryArticle(id, headline, body, text(node, "source", where, false), text(node, "url", where, false),
          Instant.parse(published));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": publishedAt is not an ISO-8601 instant: '" + published + "'", e);
    }
  }

  private static StoryLabel label(JsonNode node, String where) {
    JsonNode topics = node.get("relatedTopics");
    List<String> names = new ArrayList<>();
    if (topics != null && !topics.isNull()) {
      if (!topics.isArray()) {
        throw new IllegalArgumentException(where + ": relatedTopics must be an array");
      }
      topics.forEach(topic -> names.add(topic.asText()));
    }
    return new StoryLabel(text(node, "id", where, true), text(node, "story", where, false),
        text(node, "duplicateOf", where, false), names);
  }

  private static String text(JsonNode node, String name, String where, boolean required) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + ": not a JSON object");
    }
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      if (required) {
        throw new IllegalArgumentException(where + ": missing '" + name + "'");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(where + ": '" + name + "' must be a string");
    }
    return value.asText();
  }
}
