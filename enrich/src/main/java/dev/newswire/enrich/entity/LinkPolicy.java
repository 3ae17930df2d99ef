package dev.newswire.enrich.entity;

import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.ner.KnownNames;
import dev.newswire.enrich.ner.ModifierCompounds;
import dev.newswire.enrich.ner.Names;
import dev.newswire.enrich.ner.RawMention;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which knowledge-base answers a mention may be linked by. In: the mention's surface and NER label.
 * Out: the link, or empty. Override answers are always taken. Index answers need a score of at least
 * {@link KnownNames#MIN_INDEX_SCORE}, and are refused for one-word MISC mentions without digits: those
 * are adjectives ("Asian", "Korean") whose dictionary anchors point at languages or census pages.
 */
public final class LinkPolicy {

  private static final Set<String> MISC_LABELS = Set.of("MISC", "NATIONALITY", "RELIGION", "IDEOLOGY");

  /** Curated rows that hold whatever the taggers say: countries (national teams too) and facilities. */
  private static final Set<String> HOLDING_SUBTYPES = Set.of("COUNTRY", "FACILITY");

  private LinkPolicy() {}

  /**
   * A curated row contradicts a scored mention when it gives another type than the one the article's
   * taggers and the learned type stage settled on ({@code LearnedTypes}, which already weighed the row):
   * "NEW YORK" in a baseball results line is the club, not the city. A country's or a facility's row
   * holds (a national team named after its country is the country, LOCATION, in newswire annotation),
   * except for a modifier compound: "US-backed" is MISC, not the country (CoNLL-2003 dev set: "U.S.-led",
   * "London-based", "Northern Ireland-born" are MISC).
   */
  static boolean contradicts(RawMention mention, Link link) {
    if (link.origin() != Link.Origin.CURATED_OVERRIDE) {
      return false; // a live override is an operator's word, and index links are typed by their title
    }
    boolean modifier = ModifierCompounds.isModifierCompound(mention.text());
    if (!modifier && (!mention.scores().isKnown()
        || link.subtype() != null && HOLDING_SUBTYPES.contains(link.subtype()))) {
      return false;
    }
    EntityKind tagged = EntityKind.fromLabel(mention.label());
    return MentionKinds.ofLink(tagged, link).type() != tagged.type();
  }

  /**
   * The link of {@code mention}, unless a row of the curated table contradicts its settled type
   * ({@link #contradicts}). Live overrides are an operator's word and always hold; index links are typed
   * only by their title's head word.
   */
  public static Optional<Link> linkFor(RawMention mention, KnownNames names) {
    String surface = mention.text();
    String label = mention.label();
    Optional<Link> link = names.link(surface, label);
    if (link.isPresent() && contradicts(mention, link.get())) {
      return Optional.empty();
    }
    if (link.isEmpty() || KnownNames.isCurated(link.get())) {
      return link;
    }
    boolean miscWord = MISC_LABELS.contains(label.toUpperCase(Locale.ROOT)) && Names.tokens(surface).size() == 1
        && surface.chars().noneMatch(Character::isDigit);
    return link.filter(l -> l.score() >= KnownNames.MIN_INDEX_SCORE && !miscWord);
  }
}
