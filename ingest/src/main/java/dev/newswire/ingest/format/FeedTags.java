package dev.newswire.ingest.format;

import dev.newswire.ingest.format.text.ParagraphText;
import dev.newswire.schemas.FeedTag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the tags a feed supplies (subjects, people, organisations, places, keywords, urgency) as
 * {@link FeedTag}s for a draft: blank names are skipped, names are put on one line, and a tag seen
 * twice (same kind, name and code) is kept once, in first-seen order. Kinds are lower-case words:
 * subject, person, organisation, place, event, genre, keyword, urgency, located.
 */
public final class FeedTags {

  private final Set<List<String>> seen = new LinkedHashSet<>();
  private final List<FeedTag> tags = new ArrayList<>();

  /** Adds a tag; a null or blank name with a code keeps the code as the name. */
  public FeedTags add(String kind, String name, String code) {
    String label = ParagraphText.oneLine(name);
    String id = code == null || code.isBlank() ? null : code.strip();
    if (label == null || label.isEmpty()) {
      label = id;
    }
    if (label == null || label.isEmpty()) {
      return this;
    }
    if (seen.add(java.util.Arrays.asList(kind, label, id))) {
      tags.add(FeedTag.newBuilder().setKind(kind).setName(label).setCode(id).build());
    }
    return this;
  }

  public List<FeedTag> list() {
    return List.copyOf(tags);
  }
}
