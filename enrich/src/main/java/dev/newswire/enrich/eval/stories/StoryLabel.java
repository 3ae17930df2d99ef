package dev.newswire.enrich.eval.stories;

import java.util.List;
import java.util.Objects;

/**
 * The gold labels of one article ({@code eval/stories/labels.jsonl}).
 *
 * @param story the developing story it belongs to, or null for a standalone piece
 * @param duplicateOf the id of the earlier article it re-runs, or null
 * @param relatedTopics entity names (Wikipedia titles with spaces, or the name as written) not named
 *     in the article but in earlier articles of its story
 */
public record StoryLabel(String id, String story, String duplicateOf, List<String> relatedTopics) {

  public StoryLabel {
    Objects.requireNonNull(id, "id");
    relatedTopics = List.copyOf(relatedTopics);
  }
}
