package dev.newswire.bench;

import dev.newswire.enrich.ArticleEnricher;
import dev.newswire.enrich.entity.MentionGroup;
import dev.newswire.enrich.entity.MentionGrouper;
import dev.newswire.enrich.ner.ArticleText;
import dev.newswire.enrich.ner.RawMention;
import dev.newswire.enrich.text.TextPreparer;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.NewsArticle;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The enrich steps around NER on one article of about 900 words: text preparation, mention grouping,
 * and the whole enricher with a stand-in engine ({@link CapitalisedNameEngine}, microseconds), which
 * is what enrich adds per article on top of the models (without linking; see {@link LinkerBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EnrichStepsBenchmark {

  private final TextPreparer preparer = TextPreparer.WITHOUT_NAMES;
  private final CapitalisedNameEngine engine = new CapitalisedNameEngine();
  private NewsArticle article;
  private List<RawMention> mentions;
  private ArticleEnricher enricher;

  @Setup
  public void setUp() {
    article = SampleArticles.newsArticle(1, 900);
    mentions = engine.recognize(ArticleText.BODY, article.getBody());
    enricher = new ArticleEnricher(engine, Clock.systemUTC());
  }

  @Benchmark
  public String prepareBody() {
    return preparer.running(article.getBody());
  }

  @Benchmark
  public String prepareHeadline() {
    return preparer.headline(article.getHeadline(), article.getBody());
  }

  @Benchmark
  public List<MentionGroup> groupMentions() {
    return MentionGrouper.group(mentions);
  }

  @Benchmark
  public List<RawMention> standInEngineAlone() {
    return engine.recognize(ArticleText.BODY, article.getBody());
  }

  @Benchmark
  public EnrichedArticle enrichWithStandInEngine() {
    return enricher.enrich(article);
  }
}
