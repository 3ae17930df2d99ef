package dev.newswire.enrich.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a mention of two names joined by a hyphen ("DPRK-Russia") into the two names when the article
 * names each of them on its own elsewhere as a name that is not MISC. In: the article's mentions and
 * field texts. Out: the same mentions, such compounds replaced by their parts (same label, scores and
 * field). A compound whose parts the article never names apart, or names only as nationalities, stays
 * whole ("German-Israeli" ties, "Minneapolis-based"): that is one MISC name in newswire annotation.
 * PERSON mentions are never split (double-barrelled names).
 */
public final class CompoundSplitter {

  private CompoundSplitter() {}

  public static List<RawMention> split(List<RawMention> mentions, ArticleText text) {
    Set<String> named = new HashSet<>();
    for (RawMention mention : mentions) {
      if (!"MISC".equals(mention.label())) {
        named.add(Names.normalize(mention.text()));
      }
    }
    List<RawMention> out = new ArrayList<>(mentions.size());
    for (RawMention mention : mentions) {
      out.addAll(parts(mention, text.text(mention.field()), named));
    }
    return out;
  }

  static List<RawMention> parts(RawMention mention, String fieldText, Set<String> named) {
    String surface = mention.text();
    if ("PERSON".equals(mention.label()) || surface.indexOf(' ') >= 0) {
      return List.of(mention);
    }
    String[] pieces = surface.split("[-\u2010\u2011]", -1);
    if (pieces.length < 2) {
      return List.of(mention);
    }
    List<RawMention> parts = new ArrayList<>(pieces.length);
    int offset = 0;
    for (String piece : pieces) {
      if (piece.isEmpty() || !Character.isUpperCase(piece.charAt(0)) || !named.contains(Names.normalize(piece))) {
        return List.of(mention);
      }
      int start = mention.start() + offset;
      parts.add(mention.withSpan(start, start + piece.length(), fieldText));
      offset += piece.length() + 1;
    }
    return parts;
  }
}
