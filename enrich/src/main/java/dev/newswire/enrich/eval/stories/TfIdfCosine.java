package dev.newswire.enrich.eval.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text baseline of the story eval: TF-IDF cosine over headline and body. Documents in (in
 * publication order); tokens are runs of letters and digits, lower-cased; weights are raw term
 * frequency times {@code ln(N / df)} over the given documents (so a term in every document weighs
 * nothing); vectors are L2-normalised. {@link #links(double)} links each document to every earlier one
 * whose cosine reaches the threshold.
 */
public final class TfIdfCosine {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  private final List<String> ids;
  private final List<Map<String, Double>> vectors;

  /** @param documents article id to text, in publication order */
  public TfIdfCosine(Map<String, String> documents) {
    this.ids = List.copyOf(documents.keySet());
    List<Map<String, Integer>> counts = new ArrayList<>();
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (String text : documents.values()) {
      Map<String, Integer> terms = termCounts(text);
      counts.add(terms);
      terms.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
    }
    int n = documents.size();
    this.vectors = counts.stream().map(terms -> vector(terms, documentFrequency, n)).toList();
  }

  static Map<String, Integer> termCounts(String text) {
    Map<String, Integer> terms = new HashMap<>();
    Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      terms.merge(matcher.group(), 1, Integer::sum);
    }
    return terms;
  }

  private static Map<String, Double> vector(Map<String, Integer> terms, Map<String, Integer> df, int n) {
    Map<String, Double> vector = new HashMap<>();
    double squares = 0.0;
    for (Map.Entry<String, Integer> term : terms.entrySet()) {
      double weight = term.getValue() * Math.log((double) n / df.get(term.getKey()));
      if (weight > 0.0) {
        vector.put(term.getKey(), weight);
        squares += weight * weight;
      }
    }
    double norm = Math.sqrt(squares);
    vector.replaceAll((term, weight) -> weight / norm);
    return vector;
  }

  /** Cosine of the documents with ids {@code a} and {@code b}; 0 when either has no weighted term. */
  public double cosine(String a, String b) {
    return dot(vectors.get(indexOf(a)), vectors.get(indexOf(b)));
  }

  /** Every (later, earlier) pair of documents whose cosine is at least {@code threshold}. */
  public Set<Pair> links(double threshold) {
    Set<Pair> links = new HashSet<>();
    for (int later = 1; later < ids.size(); later++) {
      for (int earlier = 0; earlier < later; earlier++) {
        if (dot(vectors.get(later), vectors.get(earlier)) >= threshold) {
          links.add(Pair.of(ids.get(later), ids.get(earlier)));
        }
      }
    }
    return links;
  }

  private int indexOf(String id) {
    int index = ids.indexOf(id);
    if (index < 0) {
      throw new IllegalArgumentException("no document " + id);
    }
    return index;
  }

  private static double dot(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double sum = 0.0;
    for (Map.Entry<String, Double> term : small.entrySet()) {
      Double other = large.get(term.getKey());
      if (other != null) {
        sum += term.getValue() * other;
      }
    }
    return sum;
  }
}
