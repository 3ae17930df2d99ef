package dev.newswire.enrich.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Widens a PERSON mention that a model cut short when the text around it completes a longer PERSON
 * name found elsewhere in the same article. CRF taggers often drop the first token of a name where
 * capitalisation carries no signal (at the start of a sentence or after a quote): "Im Chon Il" is
 * tagged as "Chon Il" there. If "Im Chon Il" is a PERSON mention elsewhere in the article and the text
 * reads "Im" right before "Chon Il", the mention becomes "Im Chon Il". Added tokens must be
 * capitalised and separated by spaces only (never a line break).
 */
public final class NameSpanExtender {

  private static final String PERSON = "PERSON";

  private NameSpanExtender() {}

  public static List<RawMention> extend(List<RawMention> mentions, ArticleText text) {
    List<List<String>> names = personNames(mentions);
    List<RawMention> result = new ArrayList<>(mentions.size());
    for (RawMention mention : mentions) {
      result.add(PERSON.equals(mention.label()) ? widen(mention, names, text.text(mention.field())) : mention);
    }
    return result;
  }

  /** Distinct PERSON names by token list, longest first. */
  private static List<List<String>> personNames(List<RawMention> mentions) {
    Set<List<String>> names = new LinkedHashSet<>();
    for (RawMention mention : mentions) {
      if (PERSON.equals(mention.label())) {
        names.add(Names.tokens(mention.text()));
      }
    }
    List<List<String>> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt((List<String> name) -> name.size()).reversed());
    return sorted;
  }

  private static RawMention widen(RawMention mention, List<List<String>> names, String fieldText) {
    List<String> tokens = Names.tokens(mention.text());
    for (List<String> name : names) {
      int at = Names.indexOf(name, tokens);
      if (name.size() <= tokens.size() || at < 0) {
        continue;
      }
      int start = startBefore(fieldText, mention.start(), name.subList(0, at));
      int end = endAfter(fieldText, mention.end(), name.subList(at + tokens.size(), name.size()));
      if (start >= 0 && end >= 0) {
        return mention.withSpan(start, end, fieldText);
      }
    }
    return mention;
  }

  /** Where the text before {@code start} begins to read {@code prefix}; -1 when it does not. */
  static int startBefore(String text, int start, List<String> prefix) {
    int pos = start;
    for (int k = prefix.size() - 1; k >= 0; k--) {
      int gapEnd = pos;
      while (pos > 0 && isSpace(text.charAt(pos - 1))) {
        pos--;
      }
      String token = prefix.get(k);
      int tokenStart = pos - token.length();
      if (pos == gapEnd || tokenStart < 0 || !isNameToken(text, tokenStart, token)
          || (tokenStart > 0 && Character.isLetterOrDigit(text.charAt(tokenStart - 1)))) {
        return -1;
      }
      pos = tokenStart;
    }
    return pos;
  }

  /** Where the text after {@code end} stops reading {@code suffix}; -1 when it does not. */
  static int endAfter(String text, int end, List<String> suffix) {
    int pos = end;
    for (String token : suffix) {
      int gapStart = pos;
      while (pos < text.length() && isSpace(text.charAt(pos))) {
        pos++;
      }
      int tokenEnd = pos + token.length();
      if (pos == gapStart || tokenEnd > text.length() || !isNameToken(text, pos, token)
          || (tokenEnd < text.length() && Character.isLetterOrDigit(text.charAt(tokenEnd)))) {
        return -1;
      }
      pos = tokenEnd;
    }
    return pos;
  }

  private static boolean isNameToken(String text, int at, String token) {
    return text.regionMatches(true, at, token, 0, token.length())
        && !Character.isLowerCase(text.charAt(at));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }
}
