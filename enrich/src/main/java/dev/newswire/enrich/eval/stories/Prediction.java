package dev.newswire.enrich.eval.stories;

import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.RelatedArticle;
import dev.newswire.schemas.TopicKind;
import dev.newswire.schemas.TopicLink;
import java.util.List;
import java.util.Objects;

/**
 * What the pipeline said about one article, as the story eval reads it from an EnrichedArticle.
 *
 * @param related ids of the related articles
 * @param duplicates ids of the related articles marked {@code duplicate}
 * @param topics the article's topics, its own (ENTITY) and learned (RELATED)
 * @param storyId an explicit story id, or null when the output has none (then stories are the
 *     components of the related links)
 */
public record Prediction(String id, List<String> related, List<String> duplicates, List<Topic> topics, String storyId) {

  /** One topic: its label, its Wikipedia title with spaces (or null), and whether it is of kind RELATED. */
  public record Topic(String label, String title, boolean learned) {}

  public Prediction {
    Objects.requireNonNull(id, "id");
    related = List.copyOf(related);
    duplicates = List.copyOf(duplicates);
    topics = List.copyOf(topics);
  }

  /** Reads an enriched article's {@code related}, {@code topics} and {@code storyId}. */
  public static Prediction of(EnrichedArticle article) {
    List<String> related = article.getRelated().stream().map(RelatedArticle::getId).toList();
    List<String> duplicates = article.getRelated().stream().filter(RelatedArticle::getDuplicate)
        .map(RelatedArticle::getId).toList();
    List<Topic> topics = article.getTopics().stream().map(Prediction::topic).toList();
    return new Prediction(article.getId(), related, duplicates, topics, article.getStoryId());
  }

  private static Topic topic(TopicLink link) {
    String title = link.getKbId() == null ? null : link.getKbId().replace('_', ' ');
    return new Topic(link.getLabel(), title, link.getKind() == TopicKind.RELATED);
  }
}
