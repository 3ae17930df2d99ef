package dev.newswire.enrich.entity;

import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.ner.KnownNames;
import dev.newswire.enrich.ner.RawMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Links each mention group to the knowledge base, one way: the group's surfaces (fullest first) →
 * its candidates ({@link LinkCandidates}) → the ranker's choice ({@link LinkRanker}) → the group with its
 * link and the kind the link implies ({@link MentionKinds}). A live override is an operator's word and is
 * taken as it stands. A person is linked by its full name only: a bare surname ("Berg") would link to
 * whoever owns it in the dictionary. A link whose title contradicts the group's type on being a person is
 * dropped ({@link TitleAgreement}).
 */
public final class GroupLinker {

  private GroupLinker() {}

  /** Links without learned weights: the first candidate, the curated row or the index title. */
  public static List<MentionGroup> link(List<MentionGroup> groups, KnownNames names) {
    return link(groups, names, LinkRanker.none(), LinkContext.empty());
  }

  /** Links chosen by {@code ranker} among each group's {@link LinkCandidates}. */
  public static List<MentionGroup> link(List<MentionGroup> groups, KnownNames names, LinkRanker ranker,
      LinkContext context) {
    List<MentionGroup> linked = new ArrayList<>(groups.size());
    for (MentionGroup group : groups) {
      // a person is never linked to a place's page, nor a place to a person's (TitleAgreement)
      Optional<Link> link = ranked(group, names, ranker, context)
          .filter(l -> !TitleAgreement.contradicts(group.kind().type(), l, names));
      linked.add(link.map(l -> group.withLink(MentionKinds.ofLink(group.kind(), l), l)).orElse(group));
    }
    return linked;
  }

  static Optional<Link> ranked(MentionGroup group, KnownNames names, LinkRanker ranker, LinkContext context) {
    List<RawMention> surfaces = LinkCandidates.surfaces(group);
    for (RawMention mention : surfaces) {
      Optional<Link> link = names.link(mention.text(), mention.label());
      if (link.isPresent() && link.get().origin() == Link.Origin.LIVE_OVERRIDE) {
        return link; // an operator's word
      }
    }
    return ranker.best(LinkCandidates.of(group, surfaces, names, context)).map(LinkCandidate::link);
  }
}
