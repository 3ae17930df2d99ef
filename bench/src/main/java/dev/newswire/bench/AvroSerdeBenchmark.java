package dev.newswire.bench;

import dev.newswire.enrich.ArticleEnricher;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.serde.AvroTrust;
import dev.newswire.schemas.serde.SingleObjectSerde;
import java.time.Clock;
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

/** Avro single-object encoding ({@link ArticleSerdes}) of a raw and an enriched article of about 900 words. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AvroSerdeBenchmark {

  private SingleObjectSerde<NewsArticle> newsSerde;
  private SingleObjectSerde<EnrichedArticle> enrichedSerde;
  private NewsArticle news;
  private EnrichedArticle enriched;
  private byte[] newsBytes;
  private byte[] enrichedBytes;

  @Setup
  public void setUp() {
    AvroTrust.ensureInstalled();
    ArticleSerdes serdes = ArticleSerdes.create();
    newsSerde = serdes.newsArticle();
    enrichedSerde = serdes.enrichedArticle();
    news = SampleArticles.newsArticle(1, 900);
    enriched = new ArticleEnricher(new CapitalisedNameEngine(), Clock.systemUTC()).enrich(news);
    newsBytes = newsSerde.encode(news);
    enrichedBytes = enrichedSerde.encode(enriched);
  }

  @Benchmark
  public byte[] encodeNewsArticle() {
    return newsSerde.encode(news);
  }

  @Benchmark
  public NewsArticle decodeNewsArticle() {
    return newsSerde.decode(newsBytes);
  }

  @Benchmark
  public byte[] encodeEnrichedArticle() {
    return enrichedSerde.encode(enriched);
  }

  @Benchmark
  public EnrichedArticle decodeEnrichedArticle() {
    return enrichedSerde.decode(enrichedBytes);
  }
}
