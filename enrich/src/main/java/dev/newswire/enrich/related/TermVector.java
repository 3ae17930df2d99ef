package dev.newswire.enrich.related;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of an article as the related-article score reads them. Tokens are runs of letters and
 * digits, lower-cased; numbers, one-letter tokens and {@code stopwords.txt} (function words, reporting
 * verbs, calendar words) are dropped; the headline counts twice. A term weighs
 * {@code (1 + ln tf) * idf}, the window's inverse document frequency; the similarity of two articles
 * is the cosine of their weight vectors.
 */
final class TermVector {

  /** One term of an article and how often it occurs there. */
  record Term(String term, int count) {}

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern NUMBER = Pattern.compile("\\p{N}+");
  private static final Set<String> STOPWORDS = load("stopwords.txt");

  private TermVector() {}

  /** Term counts of an article, the headline counted twice. */
  static Map<String, Integer> counts(String headline, String body) {
    Map<String, Integer> counts = new HashMap<>();
    add(headline, 2, counts);
    add(body, 1, counts);
    return counts;
  }

  /**
   * The {@code max} terms of {@code counts} weighing most under {@code idf}, heaviest first (ties by
   * term): what the window keeps of an article's text.
   */
  static List<Term> strongest(Map<String, Integer> counts, ToDoubleFunction<String> idf, int max) {
    List<Term> terms = new ArrayList<>(counts.size());
    counts.forEach((term, count) -> terms.add(new Term(term, count)));
    Map<String, Double> weights = new HashMap<>();
    terms.forEach(t -> weights.put(t.term(), weight(t.count(), idf.applyAsDouble(t.term()))));
    terms.sort(Comparator.comparingDouble((Term t) -> weights.get(t.term())).reversed().thenComparing(Term::term));
    return terms.size() > max ? List.copyOf(terms.subList(0, max)) : List.copyOf(terms);
  }

  /** The cosine of two articles' terms, each weighted {@code (1 + ln tf) * idf}. */
  static double cosine(List<Term> a, List<Term> b, ToDoubleFunction<String> idf) {
    Map<String, Double> left = weights(a, idf);
    double dot = 0.0;
    double rightSquares = 0.0;
    for (Term term : b) {
      double weight = weight(term.count(), idf.applyAsDouble(term.term()));
      rightSquares += weight * weight;
      Double other = left.get(term.term());
      if (other != null) {
        dot += weight * other;
      }
    }
    double leftSquares = left.values().stream().mapToDouble(w -> w * w).sum();
    return dot == 0.0 ? 0.0 : dot / Math.sqrt(leftSquares * rightSquares);
  }

  static double weight(int count, double idf) {
    return (1.0 + Math.log(count)) * idf;
  }

  private static Map<String, Double> weights(List<Term> terms, ToDoubleFunction<String> idf) {
    Map<String, Double> weights = new HashMap<>();
    for (Term term : terms) {
      weights.put(term.term(), weight(term.count(), idf.applyAsDouble(term.term())));
    }
    return weights;
  }

  private static void add(String text, int times, Map<String, Integer> counts) {
    if (text == null) {
      return;
    }
    Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      String token = matcher.group();
      if (token.length() > 1 && !STOPWORDS.contains(token) && !NUMBER.matcher(token).matches()) {
        counts.merge(token, times, Integer::sum);
      }
    }
  }

  private static Set<String> load(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = TermVector.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " next to " + TermVector.class.getName());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return Set.copyOf(words);
  }
}
