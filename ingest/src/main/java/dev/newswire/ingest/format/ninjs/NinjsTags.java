package dev.newswire.ingest.format.ninjs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswire.ingest.format.FeedTags;
import dev.newswire.schemas.FeedTag;
import java.util.List;
import java.util.Map;

/**
 * The feed tags of a ninjs object, under both the 1.x names (subject, person, organisation, place,
 * event) and the 2.x names (subjects, people, organisations, places, events, genres): each entry's
 * {@code name} with its {@code uri} or else {@code code}; also {@code keywords} (strings),
 * {@code urgency} (a number) and {@code located} (a string).
 */
final class NinjsTags {

  private static final Map<String, String> ARRAYS = Map.ofEntries(
      Map.entry("subject", "subject"), Map.entry("subjects", "subject"),
      Map.entry("person", "person"), Map.entry("people", "person"),
      Map.entry("organisation", "organisation"), Map.entry("organisations", "organisation"),
      Map.entry("place", "place"), Map.entry("places", "place"),
      Map.entry("event", "event"), Map.entry("events", "event"),
      Map.entry("genre", "genre"), Map.entry("genres", "genre"));
  private static final List<String> ORDER = List.of("subject", "subjects", "person", "people", "organisation",
      "organisations", "place", "places", "event", "events", "genre", "genres");

  List<FeedTag> read(JsonNode node) {
    FeedTags tags = new FeedTags();
    for (String field : ORDER) {
      JsonNode entries = node.get(field);
      if (entries != null && entries.isArray()) {
        for (JsonNode entry : entries) {
          String code = NinjsMapper.text(entry, "uri") != null ? NinjsMapper.text(entry, "uri") : NinjsMapper.text(entry, "code");
          tags.add(ARRAYS.get(field), NinjsMapper.text(entry, "name"), code);
        }
      }
    }
    JsonNode keywords = node.get("keywords");
    if (keywords != null && keywords.isArray()) {
      keywords.forEach(keyword -> tags.add("keyword", keyword.isTextual() ? keyword.asText() : null, null));
    }
    JsonNode urgency = node.get("urgency");
    if (urgency != null && (urgency.isNumber() || urgency.isTextual())) {
      tags.add("urgency", urgency.asText(), null);
    }
    tags.add("located", NinjsMapper.text(node, "located"), null);
    return tags.list();
  }
}
