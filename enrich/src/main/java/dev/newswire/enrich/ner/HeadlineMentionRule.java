package dev.newswire.enrich.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Headlines are often in Title Case, which makes NER models see names everywhere ("Asian Allies",
 * "Cancer Tumor"). The headline's style capitals are taken away before NER ({@code text.HeadlineCaser});
 * this rule is the second guard. A headline mention is kept when the same name, or a longer name that
 * contains it token by token, is also found in the standfirst or body, or when an override table
 * knows it (curated names, not common words). In: all mentions; out: those to keep.
 */
public final class HeadlineMentionRule {

  private HeadlineMentionRule() {}

  public static List<RawMention> apply(List<RawMention> mentions) {
    return apply(mentions, KnownNames.none());
  }

  public static List<RawMention> apply(List<RawMention> mentions, KnownNames names) {
    List<List<String>> confirmed = new ArrayList<>();
    for (RawMention mention : mentions) {
      if (!mention.field().equals(ArticleText.HEADLINE)) {
        confirmed.add(Names.tokens(mention.text()));
      }
    }
    List<RawMention> kept = new ArrayList<>();
    for (RawMention mention : mentions) {
      if (!mention.field().equals(ArticleText.HEADLINE) || isConfirmed(mention, confirmed)
          || names.isCurated(mention.text())) {
        kept.add(mention);
      }
    }
    return kept;
  }

  private static boolean isConfirmed(RawMention mention, List<List<String>> confirmed) {
    List<String> tokens = Names.tokens(mention.text());
    for (List<String> other : confirmed) {
      if (Names.indexOf(other, tokens) >= 0) {
        return true;
      }
    }
    return false;
  }
}
