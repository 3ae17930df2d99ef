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
 * {@code (1 + ln tf) * idf} with the window's inverse document frequency when the article is indexed;
 * an article keeps its heaviest terms, their weights scaled to unit length, so that the similarity of
 * two articles is the dot product of what they keep (the cosine of their vectors) and needs no
 * document frequency at query time.
 */
final class TermVector {

  /** One kept term of an article and its weight in the article's unit-length vector. */
  record Term(String term, double weight) {}

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
   * term), their weights scaled so that their squares sum to 1: what the window keeps of an article's text.
   */
  static List<Term> strongest(Map<String, Integer> counts, ToDoubleFunction<String> idf, int max) {
    List<Term> weighted = new ArrayList<>(counts.size());
    counts.forEach((term, count) -> weighted.add(new Term(term, (1.0 + Math.log(count)) * idf.applyAsDouble(term))));
    weighted.sort(Comparator.comparingDouble(Term::weight).reversed().thenComparing(Term::term));
    List<Term> kept = weighted.size() > max ? weighted.subList(0, max) : weighted;
    double norm = Math.sqrt(kept.stream().mapToDouble(t -> t.weight() * t.weight()).sum());
    if (norm == 0.0) {
      return List.of();
    }
    return kept.stream().map(t -> new Term(t.term(), t.weight() / norm)).toList();
  }

  /** The cosine of two articles' kept terms: the dot product of their unit-length weights. */
  static double cosine(List<Term> a, List<Term> b) {
    List<Term> small = a.size() <= b.size() ? a : b;
    List<Term> large = small == a ? b : a;
    Map<String, Double> weights = new HashMap<>();
    for (Term term : small) {
      weights.put(term.term(), term.weight());
    }
    double dot = 0.0;
    for (Term term : large) {
      Double other = weights.get(term.term());
      if (other != null) {
        dot += term.weight() * other;
      }
    }
    return Math.min(1.0, dot);
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
