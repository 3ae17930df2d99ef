package dev.newswire.app.bench.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus of one bench run: the generated articles, their token counts, and each article as the
 * JSON object ingest reads. Article {@code i} of a longer run is the same as in a shorter one.
 */
public final class BenchCorpus {

  private final List<CorpusArticle> articles;
  private final int[] tokens;
  private final List<String> sources;
  private final ObjectMapper json = new ObjectMapper();

  private BenchCorpus(List<CorpusArticle> articles, int[] tokens, List<String> sources) {
    this.articles = List.copyOf(articles);
    this.tokens = tokens.clone();
    this.sources = List.copyOf(sources);
  }

  /** Generates {@code count} articles from the pool and counts their tokens. */
  public static BenchCorpus build(TextPool pool, long seed, int count) {
    List<CorpusArticle> articles = new CorpusGenerator(pool, seed).generate(count);
    TokenCounter counter = new TokenCounter();
    int[] tokens = new int[articles.size()];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = counter.count(articles.get(i));
    }
    return new BenchCorpus(articles, tokens, pool.sources());
  }

  public List<CorpusArticle> articles() {
    return articles;
  }

  public int size() {
    return articles.size();
  }

  /** Tokens of article {@code index} (headline, standfirst and body). */
  public int tokens(int index) {
    return tokens[index];
  }

  public double meanTokens() {
    long total = 0;
    for (int t : tokens) {
      total += t;
    }
    return (double) total / Math.max(1, tokens.length);
  }

  public double meanWords() {
    return articles.stream().mapToInt(CorpusArticle::words).average().orElse(0);
  }

  /** Where the text came from: "built-in", sample files, the dev set. */
  public List<String> sources() {
    return sources;
  }

  /** Article {@code index modulo size} as a one-line JSON object, under the source id {@code id}. */
  public String jsonLine(int index, String id) {
    CorpusArticle article = articles.get(Math.floorMod(index, articles.size()));
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", id);
    fields.put("source", "newswire bench");
    fields.put("section", article.section());
    fields.put("language", "en");
    fields.put("headline", article.headline());
    if (article.standfirst() != null) {
      fields.put("standfirst", article.standfirst());
    }
    fields.put("body", article.body());
    try {
      return json.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a corpus article as JSON", e);
    }
  }

  /** A short SHA-256 of the corpus text, to tell whether two runs read the same corpus. */
  public String fingerprint() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < articles.size(); i++) {
        digest.update(jsonLine(i, articles.get(i).id()).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
