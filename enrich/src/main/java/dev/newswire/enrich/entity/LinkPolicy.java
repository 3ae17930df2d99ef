package dev.newswire.enrich.entity;

import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.ner.KnownNames;
import dev.newswire.enrich.ner.Names;
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

  private LinkPolicy() {}

  public static Optional<Link> linkFor(String surface, String label, KnownNames names) {
    Optional<Link> link = names.link(surface, label);
    if (link.isEmpty() || KnownNames.isCurated(link.get())) {
      return link;
    }
    boolean miscWord = MISC_LABELS.contains(label.toUpperCase(Locale.ROOT)) && Names.tokens(surface).size() == 1
        && surface.chars().noneMatch(Character::isDigit);
    return link.filter(l -> l.score() >= KnownNames.MIN_INDEX_SCORE && !miscWord);
  }
}
