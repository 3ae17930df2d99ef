package dev.newswire.app.bench.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Builds bench articles from a {@link TextPool}: each article has a body of {@value #MIN_WORDS} to
 * {@value #MAX_WORDS} words (length drawn uniformly), made of pool paragraphs in a shuffled order,
 * with its own cast of names ({@link NameShuffler}), a headline, a section and, for about half of
 * them, a standfirst. Deterministic: article {@code i} depends only on the pool, the seed and
 * {@code i}. Immutable and thread-safe.
 */
public final class CorpusGenerator {

  public static final int MIN_WORDS = 300;
  public static final int MAX_WORDS = 1500;
  public static final long DEFAULT_SEED = 20_260_101L;

  private static final List<String> SECTIONS = List.of("World", "Business", "Science", "Politics", "Markets");
  private static final int STANDFIRST_MAX_WORDS = 60;

  private final TextPool pool;
  private final long seed;
  private final NameShuffler shuffler = new NameShuffler();
  private final List<String> shortParagraphs;

  public CorpusGenerator(TextPool pool, long seed) {
    this.pool = pool;
    this.seed = seed;
    this.shortParagraphs = pool.paragraphs().stream()
        .filter(p -> CorpusArticle.countWords(p) <= STANDFIRST_MAX_WORDS).toList();
  }

  /** Articles 0 to {@code count - 1}. */
  public List<CorpusArticle> generate(int count) {
    List<CorpusArticle> articles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      articles.add(article(i));
    }
    return articles;
  }

  /** Article number {@code index}. */
  public CorpusArticle article(int index) {
    Random random = new Random(seed * 1_000_003L + index);
    Map<String, String> cast = shuffler.draw(random);
    int target = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
    StringBuilder body = new StringBuilder();
    int words = 0;
    List<String> order = shuffled(random);
    for (int next = 0; words < target; next++) {
      if (next == order.size()) {
        order = shuffled(random);
        next = 0;
      }
      String paragraph = shuffler.recast(order.get(next), cast);
      int paragraphWords = CorpusArticle.countWords(paragraph);
      if (words + paragraphWords > MAX_WORDS) {
        break;
      }
      body.append(body.length() == 0 ? "" : "\n").append(paragraph);
      words += paragraphWords;
    }
    String headline = shuffler.recast(pool.headlines().get(random.nextInt(pool.headlines().size())), cast);
    String standfirst = random.nextBoolean() && !shortParagraphs.isEmpty()
        ? shuffler.recast(shortParagraphs.get(random.nextInt(shortParagraphs.size())), cast) : null;
    String section = SECTIONS.get(random.nextInt(SECTIONS.size()));
    return new CorpusArticle(String.format(Locale.ROOT, "bench-%06d", index), section, headline, standfirst,
        body.toString(), words);
  }

  private List<String> shuffled(Random random) {
    List<String> order = new ArrayList<>(pool.paragraphs());
    Collections.shuffle(order, random);
    return order;
  }
}
