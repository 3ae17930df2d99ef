package dev.newswire.enrich.entity;

import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.ner.ArticleText;
import dev.newswire.enrich.ner.Names;
import dev.newswire.enrich.ner.RawMention;
import java.util.Comparator;
import java.util.List;

/**
 * The mentions of one entity in one article, in reading order, with their agreed kind and, once
 * linked, the knowledge-base link.
 *
 * @param kind the entity's type and subtype
 * @param mentions every mention, in reading order (headline first)
 * @param link the knowledge-base link, or null when not linked
 */
public record MentionGroup(EntityKind kind, List<RawMention> mentions, Link link) {

  public MentionGroup {
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("a mention group needs at least one mention");
    }
  }

  /** An unlinked group. */
  public MentionGroup(EntityKind kind, List<RawMention> mentions) {
    this(kind, mentions, null);
  }

  public MentionGroup withLink(EntityKind newKind, Link newLink) {
    return new MentionGroup(newKind, mentions, newLink);
  }

  public boolean isNationality() {
    return "NATIONALITY".equals(kind.subtype());
  }

  /**
   * The longest full form among the mentions: most tokens, then most characters; among equals a
   * standfirst or body mention before a headline one (headlines are often in Title Case), then the first.
   */
  public String canonicalName() {
    return Names.display(fullest().text());
  }

  /** The mention with the fullest form, as {@link #canonicalName()} chooses it. */
  public RawMention fullest() {
    Comparator<RawMention> best = Comparator
        .comparingInt((RawMention m) -> Names.tokens(m.text()).size()).reversed()
        .thenComparing(Comparator.comparingInt((RawMention m) -> Names.display(m.text()).length()).reversed())
        .thenComparing(m -> m.field().equals(ArticleText.HEADLINE));
    return mentions.stream().sorted(best).findFirst().orElseThrow();
  }
}
