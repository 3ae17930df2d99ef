package dev.newswire.enrich.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A name made into a modifier by a lower-case word after its hyphen ("US-backed", "Minneapolis-based",
 * "Cold War-style"), or by a lower-case word before it ("pro-Russian"), is a MISC name in newswire
 * annotation (CoNLL-2003), whatever the taggers typed it (a person's double-barrelled name excepted).
 * In: mentions; out: the same mentions, such compounds labelled MISC.
 */
public final class ModifierCompounds {

  /**
   * "US-backed", "U.S.-led", "Cold War-style" (a name, then a lower-case word) or "pro-Russian" (the
   * other way).
   */
  private static final Pattern MODIFIER_COMPOUND =
      Pattern.compile("^\\p{Lu}.*[\\p{L}.][-\u2010\u2011]\\p{Ll}+$|^\\p{Ll}+[-\u2010\u2011]\\p{Lu}.*$");

  private ModifierCompounds() {}

  public static List<RawMention> apply(List<RawMention> mentions) {
    List<RawMention> out = new ArrayList<>(mentions.size());
    for (RawMention mention : mentions) {
      boolean modifier = isModifierCompound(mention.text()) && !"MISC".equals(mention.label())
          && !"PERSON".equals(mention.label());
      out.add(modifier ? mention.withLabel("MISC") : mention);
    }
    return out;
  }

  /** Whether {@code text} is a name made into a modifier by a hyphenated lower-case word. */
  public static boolean isModifierCompound(String text) {
    return MODIFIER_COMPOUND.matcher(text).matches();
  }
}
