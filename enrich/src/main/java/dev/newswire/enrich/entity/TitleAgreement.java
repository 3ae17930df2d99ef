package dev.newswire.enrich.entity;

import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.link.WikipediaTitles;
import dev.newswire.enrich.ner.KnownNames;
import dev.newswire.schemas.EntityType;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an entity's type and the kind of the title it is linked to agree on the one question a reader
 * trusts least when it is wrong: is it a person? In: the entity's type, its link and the article's
 * {@link KnownNames}. Out: whether they contradict: a PERSON linked to a place's or an organisation's
 * page, or a place or organisation linked to a person's. What a title is comes from, in order: a curated
 * or imported row's type; the types of the mentions annotators linked to it in newswire ({@code LinkCounts}); the
 * head word of the title ("..._Agency", "..._F.C.", "..._River"). A live override is an operator's word
 * and never contradicts. MISC agrees with anything (a nationality links to its country, a film to its
 * page).
 */
public final class TitleAgreement {

  /** Head words of titles that name no person. */
  private static final Set<String> NOT_PERSON_HEADS = Set.of(
      "agency", "administration", "company", "corporation", "organization", "organisation", "party",
      "council", "ministry", "department", "bank", "university", "club", "f.c.", "fc", "team", "association",
      "federation", "union", "committee", "commission", "group", "inc.", "ltd.", "plc", "institute",
      "service", "army", "navy", "airlines", "airways", "cosmodrome", "airport", "station", "river", "city",
      "province", "state", "county", "island", "islands", "mountains", "sea", "ocean", "peninsula", "republic",
      "kingdom", "district", "region", "oblast", "stadium");

  private TitleAgreement() {}

  public static boolean contradicts(EntityType type, Link link, KnownNames names) {
    if (link.origin() == Link.Origin.LIVE_OVERRIDE || type == EntityType.MISC) {
      return false;
    }
    Optional<Boolean> person = isPerson(link, names);
    if (person.isEmpty()) {
      return false;
    }
    return type == EntityType.PERSON ? !person.get() : person.get();
  }

  /** Whether the title names a person; empty when nothing says. */
  static Optional<Boolean> isPerson(Link link, KnownNames names) {
    if (MentionKinds.isTyped(link)) {
      return Optional.of(link.type().equals(EntityType.PERSON.name()));
    }
    Optional<Boolean> voted = names.titleVotes(link.title())
        .flatMap(v -> v.isPerson() ? Optional.of(true) : v.isNeverPerson() ? Optional.of(false) : Optional.empty());
    if (voted.isPresent()) {
      return voted;
    }
    return NOT_PERSON_HEADS.contains(WikipediaTitles.headWord(link.title())) ? Optional.of(false) : Optional.empty();
  }
}
