package dev.newswire.enrich.eval;

import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Flattens an enriched article's entities into mentions that carry their entity's type and kbId. */
public final class Predictions {

  private Predictions() {}

  /** Every mention of every entity, in field and offset order. */
  public static List<PredictedMention> of(EnrichedArticle article) {
    List<PredictedMention> mentions = new ArrayList<>();
    for (Entity entity : article.getEntities()) {
      for (Mention mention : entity.getMentions()) {
        mentions.add(new PredictedMention(mention.getField(), mention.getStart(), mention.getEnd(),
            mention.getText(), entity.getType(), entity.getKbId()));
      }
    }
    mentions.sort(Comparator.comparing(PredictedMention::field)
        .thenComparingInt(PredictedMention::start)
        .thenComparingInt(PredictedMention::end));
    return mentions;
  }
}
