package dev.newswire.enrich.ner;

import dev.newswire.enrich.text.HyphenSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a mention that spans a hyphenated compound of names when the models tagged the compound as
 * one name: "Russian-North Korean" (MISC) becomes "Russian" and "North Korean", "UN-based" becomes
 * "UN". In: mentions with their field texts and the article's {@link KnownNames}. Out: the mentions
 * with such compounds replaced by their parts. A compound is split only when it is not a known name
 * itself (or has a modifier part such as "-based"), every capitalised part is, and the other parts
 * are lower-case. PERSON mentions are never split: double-barrelled names are common.
 */
public final class HyphenMentionSplitter {

  private HyphenMentionSplitter() {}

  public static List<RawMention> split(List<RawMention> mentions, ArticleText text, KnownNames names) {
    List<RawMention> out = new ArrayList<>(mentions.size());
    for (RawMention mention : mentions) {
      out.addAll(parts(mention, text.text(mention.field()), names));
    }
    return out;
  }

  static List<RawMention> parts(RawMention mention, String fieldText, KnownNames names) {
    if ("PERSON".equals(mention.label()) || !hasInnerHyphen(mention.text())
        || (!hasModifier(mention.text()) && names.isKnown(mention.text()))) {
      return List.of(mention);
    }
    List<RawMention> parts = new ArrayList<>();
    int partStart = 0;
    String surface = mention.text();
    for (int k = 0; k <= surface.length(); k++) {
      if (k < surface.length() && !isHyphen(surface.charAt(k))) {
        continue;
      }
      String part = surface.substring(partStart, k).strip();
      if (!part.isEmpty() && !isLowerCase(part)) {
        if (!names.isKnown(part)) {
          return List.of(mention);
        }
        int start = mention.start() + surface.indexOf(part, partStart);
        parts.add(mention.withSpan(start, start + part.length(), fieldText));
      }
      partStart = k + 1;
    }
    return parts.isEmpty() ? List.of(mention) : parts;
  }

  /** "UN-based", "pro-Russian": the dictionary's variants would call the whole compound known. */
  private static boolean hasModifier(String text) {
    for (String part : text.split("[-\u2010\u2011]")) {
      if (HyphenSplitter.isModifier(part)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasInnerHyphen(String text) {
    for (int k = 1; k < text.length() - 1; k++) {
      if (isHyphen(text.charAt(k)) && Character.isLetter(text.charAt(k - 1))
          && Character.isLetter(text.charAt(k + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLowerCase(String part) {
    return part.codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }
}
