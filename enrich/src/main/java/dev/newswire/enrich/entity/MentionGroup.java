package dev.newswire.enrich.entity;

import dev.newswire.enrich.ner.ArticleText;
import dev.newswire.enrich.ner.Names;
import dev.newswire.enrich.ner.RawMention;
import java.util.Comparator;
import java.util.List;

/**
 * The mentions of one entity in one article, in reading order, with their agreed kind.
 *
 * @param kind the entity's type and subtype
 * @param mentions every mention, in reading order (headline first)
 */
public record MentionGroup(EntityKind kind, List<RawMention> mentions) {

  public MentionGroup {
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("a mention group needs at least one mention");
    }
  }

  /**
   * The longest full form among the mentions: most tokens, then most characters; among equals a
   * standfirst or body mention before a headline one (headlines are often in Title Case), then the first.
   */
  public String canonicalName() {
    Comparator<RawMention> best = Comparator
        .comparingInt((RawMention m) -> Names.tokens(m.text()).size()).reversed()
        .thenComparing(Comparator.comparingInt((RawMention m) -> Names.display(m.text()).length()).reversed())
        .thenComparing(m -> m.field().equals(ArticleText.HEADLINE));
    return Names.display(mentions.stream().sorted(best).findFirst().orElseThrow().text());
  }
}
