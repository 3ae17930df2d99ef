package dev.newswire.enrich.ner;

import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.link.WikipediaTitles;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the second stage ({@link LearnedTypes}) knows about one mention of an article when it decides its
 * type. In: the article's scored mentions, its text and what the knowledge base knows. Out: for each
 * mention, named feature values (most are 1, the taggers' scores are their value):
 * <ul>
 *   <li>the taggers: each type's score, and the best type with its confidence band;</li>
 *   <li>the article: the summed scores of every mention of the same name, whether the name is the
 *       last word of a full person name, and the type of a longer name it is part of ("Deportivo" after
 *       "Deportivo Coruna");</li>
 *   <li>the knowledge base: a curated row's type and subtype, or the index title's head word and how
 *       much of the surface's anchors point at it;</li>
 *   <li>context and shape: the words just before and after, whether a number follows (results
 *       tables), the field, a line in capitals, the number of words.</li>
 * </ul>
 */
public final class TypeFeatures {

  private static final double[] BANDS = {0.5, 0.8, 0.95, 0.99};

  private final Map<String, double[]> votes = new HashMap<>();
  private final Map<String, String> partOf = new HashMap<>();
  private final Map<String, Double> surnames = new HashMap<>();
  private final ArticleText text;
  private final KnownNames names;

  private TypeFeatures(List<RawMention> mentions, ArticleText text, KnownNames names) {
    this.text = text;
    this.names = names;
    for (RawMention mention : mentions) {
      if (mention.scores().isKnown()) {
        add(votes, Names.normalize(mention.text()), mention.scores().toArray());
      }
    }
    for (RawMention mention : mentions) {
      List<String> tokens = Names.tokens(mention.text());
      if (!mention.scores().isKnown() || tokens.size() < 2) {
        continue;
      }
      String best = mention.scores().best();
      for (String token : tokens) {
        partOf.putIfAbsent(token, best);
      }
      if ("PERSON".equals(best)) {
        surnames.merge(tokens.get(tokens.size() - 1), mention.scores().person(), Double::sum);
      }
    }
  }

  /** The features of an article's mentions, computed once for the article. */
  public static TypeFeatures of(List<RawMention> mentions, ArticleText text, KnownNames names) {
    return new TypeFeatures(mentions, text, names);
  }

  /** The features of one scored mention of the article. */
  public Map<String, Double> of(RawMention mention) {
    Map<String, Double> f = new LinkedHashMap<>();
    f.put("bias", 1.0);
    taggers(mention.scores(), f);
    article(mention, f);
    knowledgeBase(mention, f);
    context(mention, f);
    return f;
  }

  private static void taggers(TypeScores scores, Map<String, Double> f) {
    double[] s = scores.toArray();
    for (int i = 0; i < s.length; i++) {
      f.put("score:" + TypeScores.LABELS[i], s[i]);
    }
    f.put("best:" + scores.best() + ":" + band(scores.max()), 1.0);
  }

  private void article(RawMention mention, Map<String, Double> f) {
    String name = Names.normalize(mention.text());
    TypeScores doc = TypeScores.of(votes.getOrDefault(name, new double[TypeScores.LABELS.length]));
    if (doc.isKnown()) {
      double[] d = doc.toArray();
      for (int i = 0; i < d.length; i++) {
        f.put("doc:" + TypeScores.LABELS[i], d[i]);
      }
      f.put("docbest:" + doc.best() + ":" + band(doc.max()), 1.0);
    }
    List<String> tokens = Names.tokens(mention.text());
    if (tokens.size() == 1) {
      Double person = surnames.get(name);
      if (person != null) {
        f.put("surname", Math.min(1.0, person));
      }
      String longer = partOf.get(name);
      if (longer != null) {
        f.put("partof:" + longer, 1.0);
      }
    }
  }

  private void knowledgeBase(RawMention mention, Map<String, Double> f) {
    Optional<Link> link = names.link(mention.text(), null);
    if (link.isEmpty()) {
      f.put("kb:none", 1.0);
      return;
    }
    Link l = link.get();
    if (KnownNames.isCurated(l)) {
      f.put("cur:" + l.type(), 1.0);
      f.put("cur:" + l.type() + ":" + l.subtype(), 1.0);
      return;
    }
    String title = l.title().toLowerCase(Locale.ROOT).replace('_', ' ');
    String share = l.score() >= 0.9 ? "hi" : l.score() >= 0.5 ? "mid" : "lo";
    f.put("idx:" + share, 1.0);
    f.put("head:" + WikipediaTitles.headWord(title), 1.0);
    if (title.contains("(")) {
      f.put("paren:" + title.substring(title.lastIndexOf('(') + 1).replace(")", "").strip(), 1.0);
    }
    f.put("title=surface:" + title.equals(mention.text().toLowerCase(Locale.ROOT)), 1.0);
  }

  private void context(RawMention mention, Map<String, Double> f) {
    String field = text.text(mention.field());
    String before = wordBefore(field, mention.start());
    String after = wordAfter(field, mention.end());
    f.put("prev:" + before, 1.0);
    f.put("next:" + after, 1.0);
    if (!after.isEmpty() && Character.isDigit(after.charAt(0))) {
      f.put("next:number", 1.0);
    }
    String line = lineOf(field, mention.start());
    boolean caps = line.equals(line.toUpperCase(Locale.ROOT)) && line.chars().anyMatch(Character::isLetter);
    f.put("field:" + mention.field() + (caps ? ":caps" : ""), 1.0);
    if (digitWords(line) >= 2) {
      f.put("line:numbers", 1.0);
    }
    List<String> tokens = Names.tokens(mention.text());
    f.put("words:" + Math.min(3, tokens.size()), 1.0);
    if (ModifierCompounds.isModifierCompound(mention.text())) {
      f.put("modifier", 1.0);
    }
  }

  private static String band(double confidence) {
    for (double b : BANDS) {
      if (confidence < b) {
        return "<" + b;
      }
    }
    return ">=" + BANDS[BANDS.length - 1];
  }

  static String wordBefore(String s, int start) {
    int end = start;
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    int begin = end;
    while (begin > 0 && !Character.isWhitespace(s.charAt(begin - 1))) {
      begin--;
    }
    return end == 0 || s.charAt(end - 1) == '\n' ? "<line>" : s.substring(begin, end).toLowerCase(Locale.ROOT);
  }

  static String wordAfter(String s, int end) {
    int begin = end;
    while (begin < s.length() && s.charAt(begin) == ' ') {
      begin++;
    }
    int stop = begin;
    while (stop < s.length() && !Character.isWhitespace(s.charAt(stop))) {
      stop++;
    }
    return begin >= s.length() || s.charAt(begin) == '\n' ? "<line>" : s.substring(begin, stop).toLowerCase(Locale.ROOT);
  }

  private static String lineOf(String s, int at) {
    int begin = s.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    int end = s.indexOf('\n', at);
    return s.substring(begin, end < 0 ? s.length() : end);
  }

  private static int digitWords(String line) {
    int count = 0;
    for (String word : line.split("\\s+")) {
      if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
        count++;
      }
    }
    return count;
  }

  private static void add(Map<String, double[]> sums, String name, double[] scores) {
    double[] sum = sums.computeIfAbsent(name, k -> new double[TypeScores.LABELS.length]);
    for (int i = 0; i < sum.length; i++) {
      sum[i] += scores[i];
    }
  }
}
