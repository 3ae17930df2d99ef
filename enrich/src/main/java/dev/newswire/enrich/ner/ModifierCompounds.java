package dev.newswire.enrich.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A name made into a modifier by a lower-case word after its hyphen ("US-backed", "Minneapolis-based",
 * "Cold War-style") is a MISC name in newswire annotation (CoNLL-2003), whatever the taggers typed it
 * (a person's double-barrelled name excepted).
 * In: mentions; out: the same mentions, such compounds labelled MISC.
 */
public final class ModifierCompounds {

  private static final Pattern MODIFIER_COMPOUND = Pattern.compile("^\\p{Lu}.*\\p{L}[-\u2010\u2011]\\p{Ll}+$");

  private ModifierCompounds() {}

  public static List<RawMention> apply(List<RawMention> mentions) {
    List<RawMention> out = new ArrayList<>(mentions.size());
    for (RawMention mention : mentions) {
      boolean modifier = MODIFIER_COMPOUND.matcher(mention.text()).matches() && !"MISC".equals(mention.label())
          && !"PERSON".equals(mention.label());
      out.add(modifier ? mention.withLabel("MISC") : mention);
    }
    return out;
  }
}
