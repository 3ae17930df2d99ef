package dev.newswire.enrich.ner;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a raw mention is a name worth keeping. CoreNLP's entity mentions include pronouns
 * (typed PERSON) and, even with the numeric classifiers off, DATE and similar labels from the 7-class
 * model; neither is a named entity. A name also needs a capital letter or a digit: lower-case words
 * that a model tagged are not names in English text, and neither are bare job titles.
 */
public final class MentionFilter {

  private static final Set<String> PRONOUNS = Set.of(
      "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
      "you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself",
      "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs",
      "themselves", "who", "whom", "whose", "one", "oneself");

  private static final Set<String> NON_NAME_LABELS = Set.of(
      "O", "DATE", "TIME", "DURATION", "SET", "MONEY", "PERCENT", "NUMBER", "ORDINAL", "EMAIL", "URL");

  /** Words of job titles; a mention made only of them, with at least one head word, is no name. */
  private static final Set<String> TITLE_WORDS = Set.of(
      "vice", "deputy", "foreign", "defense", "defence", "prime", "first", "acting", "former", "general",
      "state", "affairs", "interior", "finance", "justice", "economy", "trade", "of", "the", "for", "and");
  private static final Set<String> TITLE_HEADS = Set.of(
      "president", "minister", "secretary", "chairman", "chairwoman", "chair", "leader", "spokesman",
      "spokeswoman", "spokesperson", "ambassador", "envoy", "governor", "mayor", "senator", "chancellor",
      "premier", "commander", "chief", "director", "king", "queen", "prince", "princess", "emperor");

  private MentionFilter() {}

  /** True when the mention is a name: a name label, not a pronoun, with a capital letter or digit. */
  public static boolean isName(RawMention mention) {
    return !NON_NAME_LABELS.contains(mention.label().toUpperCase(Locale.ROOT))
        && !isPronoun(mention.text())
        && hasCapitalOrDigit(mention.text())
        && !isJobTitle(mention.text());
  }

  /** "Vice Foreign Minister", "Minister of Defense", "President": a title, not the person holding it. */
  static boolean isJobTitle(String text) {
    boolean head = false;
    for (String token : Names.tokens(text)) {
      if (TITLE_HEADS.contains(token)) {
        head = true;
      } else if (!TITLE_WORDS.contains(token)) {
        return false;
      }
    }
    return head;
  }

  /** A pronoun in any case except an all-capital abbreviation ("US" is a country, "us" is not). */
  static boolean isPronoun(String text) {
    String stripped = text.strip();
    boolean abbreviation = stripped.length() > 1 && stripped.equals(stripped.toUpperCase(Locale.ROOT));
    return !abbreviation && PRONOUNS.contains(stripped.toLowerCase(Locale.ROOT));
  }

  static boolean hasCapitalOrDigit(String text) {
    return text.codePoints().anyMatch(
        c -> Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c));
  }
}
