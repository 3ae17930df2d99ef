package dev.newswire.enrich.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Headlines are often in Title Case, which makes NER models see names everywhere ("Asian Allies",
 * "Cancer Tumor"). A headline mention is kept only when the same name, or a longer name that contains
 * it token by token, is also found in the standfirst or body. A headline-only name is lost; that is
 * the price of this first level (issue 3 may add a knowledge-base check instead).
 */
public final class HeadlineMentionRule {

  private HeadlineMentionRule() {}

  public static List<RawMention> apply(List<RawMention> mentions) {
    List<List<String>> confirmed = new ArrayList<>();
    for (RawMention mention : mentions) {
      if (!mention.field().equals(ArticleText.HEADLINE)) {
        confirmed.add(Names.tokens(mention.text()));
      }
    }
    List<RawMention> kept = new ArrayList<>();
    for (RawMention mention : mentions) {
      if (!mention.field().equals(ArticleText.HEADLINE) || isConfirmed(mention, confirmed)) {
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
