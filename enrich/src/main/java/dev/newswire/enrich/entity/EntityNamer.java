package dev.newswire.enrich.entity;

import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.ner.KnownNames;
import dev.newswire.enrich.ner.Names;
import dev.newswire.enrich.ner.RawMention;
import dev.newswire.schemas.EntityType;
import java.util.List;

/**
 * The one canonical name of an entity. In: a group. Out: the knowledge-base title as a name
 * ("Sputnik_(news_agency)" reads "Sputnik") when the group is linked and the title fits: a curated
 * link, a mention that reads the same, or a person's mention whose words the title contains ("Putin"
 * in "Vladimir Putin"). Otherwise, and always for nationalities (their title is the country's), the
 * fullest form among the mentions ({@link MentionGroup#canonicalName()}).
 */
public final class EntityNamer {

  private EntityNamer() {}

  public static String nameOf(MentionGroup group) {
    Link link = group.link();
    if (link == null || group.isNationality()) {
      return group.canonicalName();
    }
    String title = displayTitle(link.title());
    return fits(title, group) || KnownNames.isCurated(link) ? title : group.canonicalName();
  }

  /** Underscores as spaces, without a trailing disambiguation in parentheses. */
  public static String displayTitle(String title) {
    String spaced = title.replace('_', ' ').strip();
    int paren = spaced.lastIndexOf(" (");
    return paren > 0 && spaced.endsWith(")") ? spaced.substring(0, paren) : spaced;
  }

  private static boolean fits(String title, MentionGroup group) {
    List<String> titleTokens = Names.tokens(title);
    for (RawMention mention : group.mentions()) {
      List<String> tokens = Names.tokens(mention.text());
      if (tokens.equals(titleTokens)
          || (group.kind().type() == EntityType.PERSON && Names.isSubsequence(tokens, titleTokens))) {
        return true;
      }
    }
    return false;
  }
}
