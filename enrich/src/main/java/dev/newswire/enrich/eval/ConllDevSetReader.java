package dev.newswire.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.schemas.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the CoNLL-2003 / AIDA-CoNLL sets as the shared folder lays them out ({@code <set>.articles.jsonl},
 * {@code <set>.gold.jsonl}, {@code <set>.links.jsonl}). Out: one {@link DevArticle} per article, in corpus
 * order, each gold mention typed (PER, ORG, LOC, MISC mapped to PERSON, ORGANIZATION, LOCATION, MISC) and
 * carrying its AIDA title ({@code null} for {@code --NME--}); a name the corpus splits over two lines
 * ({@code crossesLine}) is not scored for linking, as {@code score_links.py} leaves it out.
 */
public final class ConllDevSetReader {

  /** The sets a CoNLL folder holds. */
  public static final List<String> SETS = List.of("dev", "train");

  private static final ObjectMapper JSON = new ObjectMapper();

  private ConllDevSetReader() {}

  /** Whether {@code dir} looks like a CoNLL folder: it has {@code dev.articles.jsonl}. */
  public static boolean isConllFolder(Path dir) {
    return Files.isRegularFile(dir.resolve("dev.articles.jsonl"));
  }

  public static List<DevArticle> read(Path dir, String set) throws IOException {
    if (!SETS.contains(set)) {
      throw new IllegalArgumentException("unknown set '" + set + "' (expected one of " + SETS + ")");
    }
    Map<String, String[]> texts = new LinkedHashMap<>();
    for (JsonNode node : lines(dir.resolve(set + ".articles.jsonl"))) {
      texts.put(node.get("id").asText(), new String[] {node.get("headline").asText(), node.get("body").asText()});
    }
    Map<Span, LinkGold> links = links(dir.resolve(set + ".links.jsonl"));
    Map<String, List<GoldMention>> gold = new HashMap<>();
    for (JsonNode node : lines(dir.resolve(set + ".gold.jsonl"))) {
      String id = node.get("id").asText();
      Span span = new Span(id, node.get("field").asText(), node.get("start").asInt(), node.get("end").asInt());
      LinkGold link = links.get(span);
      gold.computeIfAbsent(id, k -> new ArrayList<>()).add(new GoldMention(span.field(), span.start(), span.end(),
          node.get("text").asText(), type(node.get("type").asText()), link == null ? null : link.title(),
          link != null && link.scored()));
    }
    List<DevArticle> articles = new ArrayList<>(texts.size());
    Comparator<GoldMention> order = Comparator.comparing((GoldMention g) -> !g.field().equals("headline"))
        .thenComparingInt(GoldMention::start);
    texts.forEach((id, text) -> {
      List<GoldMention> mentions = new ArrayList<>(gold.getOrDefault(id, List.of()));
      mentions.sort(order);
      articles.add(new DevArticle(id, text[0], text[1], mentions));
    });
    return articles;
  }

  static EntityType type(String conll) {
    return switch (conll.toUpperCase(Locale.ROOT)) {
      case "PER" -> EntityType.PERSON;
      case "ORG" -> EntityType.ORGANIZATION;
      case "LOC" -> EntityType.LOCATION;
      case "MISC" -> EntityType.MISC;
      default -> throw new IllegalArgumentException("unknown CoNLL type '" + conll + "'");
    };
  }

  private static Map<Span, LinkGold> links(Path path) throws IOException {
    Map<Span, LinkGold> links = new HashMap<>();
    if (!Files.isRegularFile(path)) {
      return links;
    }
    for (JsonNode article : lines(path)) {
      String id = article.get("id").asText();
      for (JsonNode link : article.get("links")) {
        boolean crosses = link.path("crossesLine").asBoolean(false);
        String title = link.hasNonNull("title") ? link.get("title").asText() : null;
        links.put(new Span(id, link.get("field").asText(), link.get("start").asInt(), link.get("end").asInt()),
            new LinkGold(title, !crosses));
      }
    }
    return links;
  }

  private static List<JsonNode> lines(Path path) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          nodes.add(JSON.readTree(line));
        }
      }
    }
    return nodes;
  }

  private record Span(String id, String field, int start, int end) {}

  private record LinkGold(String title, boolean scored) {}
}
