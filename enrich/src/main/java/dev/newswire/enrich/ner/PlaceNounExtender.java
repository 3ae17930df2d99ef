package dev.newswire.enrich.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Completes an adjectival place name that a lower-case geographic noun finishes: "Korean" (MISC)
 * followed by "peninsula" becomes "Korean peninsula" when the knowledge base knows that surface. In:
 * mentions, the article text and its {@link KnownNames}. Out: the mentions, some widened by one word and
 * relabelled LOCATION (unscored: the taggers scored the adjective). Only nouns of this list qualify, so
 * "Russian officials" stays "Russian"; a place name is not widened ("Mindanao island" is "Mindanao" with
 * a noun after it: CoNLL-2003 dev set, +3 correct mentions).
 */
public final class PlaceNounExtender {

  static final Set<String> PLACE_NOUNS = Set.of(
      "peninsula", "sea", "ocean", "island", "islands", "river", "strait", "straits", "gulf", "bay", "coast",
      "mountains", "valley", "desert", "basin", "canal", "lake", "delta", "plateau", "archipelago");

  private PlaceNounExtender() {}

  public static List<RawMention> extend(List<RawMention> mentions, ArticleText text, KnownNames names) {
    List<RawMention> out = new ArrayList<>(mentions.size());
    for (RawMention mention : mentions) {
      out.add(widen(mention, text.text(mention.field()), names));
    }
    return out;
  }

  private static RawMention widen(RawMention mention, String fieldText, KnownNames names) {
    int wordStart = mention.end() + 1;
    if (!"MISC".equals(mention.label()) || wordStart >= fieldText.length()
        || fieldText.charAt(mention.end()) != ' ') {
      return mention;
    }
    int wordEnd = wordStart;
    while (wordEnd < fieldText.length() && Character.isLetter(fieldText.charAt(wordEnd))) {
      wordEnd++;
    }
    String word = fieldText.substring(wordStart, wordEnd);
    if (!PLACE_NOUNS.contains(word.toLowerCase(Locale.ROOT))) {
      return mention;
    }
    RawMention wide = mention.withSpan(mention.start(), wordEnd, fieldText);
    // the taggers' scores were for the adjective alone: the widened place is no longer theirs to type
    return names.isKnown(wide.text())
        ? new RawMention(wide.field(), wide.start(), wide.end(), wide.text(), "LOCATION") : mention;
  }
}
