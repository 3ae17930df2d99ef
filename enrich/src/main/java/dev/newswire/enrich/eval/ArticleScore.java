package dev.newswire.enrich.eval;

import dev.newswire.schemas.EntityType;
import java.util.List;
import java.util.Map;

/**
 * How one article's predicted mentions compare with its gold mentions.
 *
 * @param articleId the article
 * @param counts mention counts, exact span and type
 * @param perType the same counts by type: a true positive and a miss count under the gold type,
 *     a false positive under the predicted type (a span found with the wrong type is both)
 * @param linking gold mentions with a kbId found by span: how many carry that kbId
 * @param nil gold mentions without a kbId found by span: how many are predicted without one
 * @param falsePositives predicted mentions without a gold mention of the same span and type
 * @param falseNegatives gold mentions without a predicted mention of the same span and type
 * @param linkErrors gold mentions found by span whose predicted kbId differs
 * @param spans mention counts on exact spans, type ignored (boundary errors apart from type errors)
 * @param endToEndLinks (span, title) pairs as the AIDA scorer counts them ({@link LinkScorer})
 * @param linkingByType linking accuracy on found gold-linked spans, by gold type
 */
public record ArticleScore(String articleId, Counts counts, Map<EntityType, Counts> perType, Ratio linking,
    Ratio nil, List<PredictedMention> falsePositives, List<GoldMention> falseNegatives,
    List<LinkError> linkErrors, Counts spans, Counts endToEndLinks, Map<EntityType, Ratio> linkingByType) {

  public ArticleScore {
    perType = Map.copyOf(perType);
    falsePositives = List.copyOf(falsePositives);
    falseNegatives = List.copyOf(falseNegatives);
    linkErrors = List.copyOf(linkErrors);
    linkingByType = Map.copyOf(linkingByType);
  }

  /** The counts of one type; zero when the article has none. */
  public Counts of(EntityType type) {
    return perType.getOrDefault(type, Counts.ZERO);
  }
}
