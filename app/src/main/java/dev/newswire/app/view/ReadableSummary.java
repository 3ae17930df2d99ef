package dev.newswire.app.view;

import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.EntityProfile;
import dev.newswire.schemas.EntityType;
import dev.newswire.schemas.NewsArticle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;

/** A few human-readable lines per event, for terminals: headline, then entities by type. */
public final class ReadableSummary {

  private ReadableSummary() {}

  public static String of(SpecificRecord event) {
    if (event instanceof EnrichedArticle article) {
      return enriched(article);
    }
    if (event instanceof NewsArticle article) {
      return "article " + article.getId() + " [" + article.getInputFormat() + "] " + article.getHeadline()
          + " (" + article.getBody().length() + " chars of body)";
    }
    if (event instanceof EntityProfile profile) {
      return "entity " + profile.getName() + " [" + profile.getType() + (profile.getKbId() == null ? "" : " → " + profile.getKbId())
          + "] in " + profile.getArticleCount() + " recent article(s); with: "
          + profile.getCooccurring().stream().limit(5).map(c -> c.getName() + " ×" + c.getCount())
              .collect(Collectors.joining(", "));
    }
    if (event instanceof DeadLetter letter) {
      return "dead letter from " + letter.getStage() + ": " + letter.getReason() + " - " + letter.getErrorMessage()
          + (letter.getOrigin() == null ? "" : " (" + letter.getOrigin() + ")")
          + (letter.getSourceTopic() == null ? ""
              : " (" + letter.getSourceTopic() + "-" + letter.getPartition() + "@" + letter.getOffset() + ")");
    }
    return String.valueOf(event);
  }

  private static String enriched(EnrichedArticle article) {
    StringBuilder text = new StringBuilder();
    text.append("■ ").append(article.getHeadline()).append('\n');
    text.append("  id ").append(article.getId());
    if (article.getSource() != null) {
      text.append(" · ").append(article.getSource());
    }
    text.append(" · ").append(article.getEnrichment().getProcessingMillis()).append(" ms\n");
    Map<EntityType, List<Entity>> byType = new EnumMap<>(EntityType.class);
    for (Entity entity : article.getEntities()) {
      byType.computeIfAbsent(entity.getType(), t -> new java.util.ArrayList<>()).add(entity);
    }
    for (Map.Entry<EntityType, List<Entity>> group : byType.entrySet()) {
      text.append(String.format("  %-12s ", group.getKey()));
      text.append(group.getValue().stream().map(ReadableSummary::entity).collect(Collectors.joining(", ")));
      text.append('\n');
    }
    if (!article.getRelated().isEmpty()) {
      text.append("  related      ").append(article.getRelated().stream()
          .map(r -> r.getHeadline() + (r.getDuplicate() ? " (duplicate)" : ""))
          .collect(Collectors.joining("; "))).append('\n');
    }
    return text.toString().stripTrailing();
  }

  private static String entity(Entity entity) {
    String name = entity.getName();
    if (entity.getKbId() != null) {
      name += " → " + entity.getKbId();
    }
    return name + " ×" + entity.getMentions().size();
  }
}
