package dev.newswire.enrich.entity;

import dev.newswire.enrich.ner.ArticleText;
import dev.newswire.enrich.ner.RawMention;

/**
 * How central an entity is to its article, in [0, 1], from three signals:
 * <pre>
 *   salience = 0.5 * mentions / mentionsOfTheMostMentionedEntity
 *            + 0.3 * (1 - offsetOfFirstMention / articleLength)
 *            + 0.2 * (1 if mentioned in the headline, else 0)
 * </pre>
 * Offsets are counted over headline, standfirst and body joined. Rounded to 4 decimals so that equal
 * inputs compare equal. Issue 3 may replace this with a learned or link-aware score.
 */
public final class Salience {

  static final double COUNT_WEIGHT = 0.5;
  static final double POSITION_WEIGHT = 0.3;
  static final double HEADLINE_WEIGHT = 0.2;

  private Salience() {}

  public static double of(MentionGroup group, int maxMentions, ArticleText text) {
    double count = (double) group.mentions().size() / Math.max(1, maxMentions);
    RawMention first = group.mentions().get(0);
    double position = 1.0 - (double) text.globalOffset(first.field(), first.start()) / text.totalLength();
    boolean inHeadline = group.mentions().stream().anyMatch(m -> m.field().equals(ArticleText.HEADLINE));
    double score = COUNT_WEIGHT * Math.min(1.0, count)
        + POSITION_WEIGHT * Math.max(0.0, position)
        + (inHeadline ? HEADLINE_WEIGHT : 0.0);
    return Math.round(Math.min(1.0, Math.max(0.0, score)) * 10_000) / 10_000.0;
  }
}
