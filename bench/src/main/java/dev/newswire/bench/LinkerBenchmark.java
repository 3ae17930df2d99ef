package dev.newswire.bench;

import dev.newswire.enrich.ArticleEnricher;
import dev.newswire.enrich.link.KbEntry;
import dev.newswire.enrich.link.KbIndexCache;
import dev.newswire.enrich.link.KbOverrides;
import dev.newswire.enrich.link.LayeredLinker;
import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.link.RocksKbIndex;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.NewsArticle;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Linking against CoreNLP's wikidict index (RocksDB, from {@link KbIndexCache}'s default cache; the
 * first run builds it, which takes minutes): one index lookup, one layered link (overrides, then the
 * index), and a whole enrichment with linking and the stand-in engine. Lookups cycle through names
 * that are in the index and made-up ones that are not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LinkerBenchmark {

  private RocksKbIndex index;
  private LayeredLinker linker;
  private ArticleEnricher enricher;
  private NewsArticle article;
  private List<String> surfaces;
  private int next;

  @Setup
  public void setUp() {
    index = new KbIndexCache(KbIndexCache.defaultRoot(), Clock.systemUTC()).openCoreNlp();
    linker = new LayeredLinker(KbOverrides.curated(), index);
    enricher = new ArticleEnricher(new CapitalisedNameEngine(), KbOverrides.curated(), index, Clock.systemUTC());
    article = SampleArticles.newsArticle(1, 900);
    surfaces = new ArrayList<>(SampleArticles.names());
    for (String name : SampleArticles.names()) {
      surfaces.add(name + " Qxzv"); // a miss
    }
  }

  @TearDown
  public void tearDown() {
    index.close();
  }

  @Benchmark
  public Optional<KbEntry> indexLookup() {
    return index.lookup(surface());
  }

  @Benchmark
  public Optional<Link> layeredLink() {
    return linker.link(surface(), "ORGANIZATION");
  }

  @Benchmark
  public EnrichedArticle enrichWithLinking() {
    return enricher.enrich(article);
  }

  private String surface() {
    next = (next + 1) % surfaces.size();
    return surfaces.get(next);
  }
}
