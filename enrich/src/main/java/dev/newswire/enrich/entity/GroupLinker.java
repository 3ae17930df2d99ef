package dev.newswire.enrich.entity;

import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.link.LinkCounts;
import dev.newswire.enrich.ner.KnownNames;
import dev.newswire.enrich.ner.RawMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Links each mention group to the knowledge base. In: groups and the article's {@link KnownNames}.
 * Out: the groups with their link (or none) and the kind the link implies ({@link MentionKinds}).
 * The group's surfaces are tried fullest first. A live override wins, then a curated row, then how
 * annotators linked the surface ({@code LinkCounts}: a title, or no link where they found no page at
 * least {@link #MIN_NIL_COUNT} times), then the index. A person is linked by its full name only: a bare
 * surname ("Berg") would link to whoever owns it in the dictionary. A link whose title contradicts the
 * group's type on being a person is dropped ({@link TitleAgreement}).
 */
public final class GroupLinker {

  /** A surface annotators left unlinked at least this often stays unlinked. */
  static final int MIN_NIL_COUNT = 2;

  private GroupLinker() {}

  public static List<MentionGroup> link(List<MentionGroup> groups, KnownNames names) {
    return link(groups, names, LinkRanker.none(), LinkContext.empty());
  }

  /** Links chosen by {@code ranker} among each group's {@link LinkCandidates} (its weights learned). */
  public static List<MentionGroup> link(List<MentionGroup> groups, KnownNames names, LinkRanker ranker,
      LinkContext context) {
    List<MentionGroup> linked = new ArrayList<>(groups.size());
    for (MentionGroup group : groups) {
      // a person is never linked to a place's page, nor a place to a person's (TitleAgreement)
      Optional<Link> link = (ranker.isEmpty() ? bestLink(group, names) : ranked(group, names, ranker, context))
          .filter(l -> !TitleAgreement.contradicts(group.kind().type(), l, names));
      linked.add(link.map(l -> group.withLink(MentionKinds.ofLink(group.kind(), l), l)).orElse(group));
    }
    return linked;
  }

  static Optional<Link> bestLink(MentionGroup group, KnownNames names) {
    Link best = null;
    List<RawMention> candidates = LinkCandidates.surfaces(group);
    for (RawMention mention : candidates) {
      Optional<Link> link = LinkPolicy.linkFor(mention, names);
      if (link.isPresent() && link.get().origin() == Link.Origin.LIVE_OVERRIDE) {
        return link; // an operator's word
      }
      if (link.isPresent() && (best == null || (KnownNames.isCurated(link.get()) && !KnownNames.isCurated(best)))) {
        best = link.get();
      }
    }
    if (best != null && KnownNames.isCurated(best)) {
      return Optional.of(best); // the curated table is kept current; annotations are of their time
    }
    Optional<LinkCounts.Answer> counted = counted(candidates, names);
    if (counted.isPresent()) {
      LinkCounts.Answer answer = counted.get();
      if (!answer.isNil() || answer.count() >= MIN_NIL_COUNT) {
        return answer.link(); // a title, or none where annotators found no page more than once
      }
    }
    return Optional.ofNullable(best);
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

  /** How annotators linked the group's fullest surface they met, if any. */
  private static Optional<LinkCounts.Answer> counted(List<RawMention> candidates, KnownNames names) {
    for (RawMention mention : candidates) {
      Optional<LinkCounts.Answer> answer = names.counted(mention.text());
      if (answer.isPresent()) {
        return answer;
      }
    }
    return Optional.empty();
  }
}
