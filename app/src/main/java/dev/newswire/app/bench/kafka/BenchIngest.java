package dev.newswire.app.bench.kafka;

import dev.newswire.app.bench.corpus.BenchCorpus;
import dev.newswire.ingest.ArticlePublisher;
import dev.newswire.ingest.IngestConfig;
import dev.newswire.ingest.IngestSummary;
import dev.newswire.ingest.Ingester;
import dev.newswire.ingest.ProgressListener;
import dev.newswire.ingest.source.InputItem;
import dev.newswire.schemas.serde.ArticleSerdes;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Ingest as the {@code ingest} command runs it (the project's {@link Ingester} and publisher), fed
 * from memory: corpus articles as JSON Lines inputs, {@value #ARTICLES_PER_INPUT} articles each.
 */
public final class BenchIngest {

  public static final int ARTICLES_PER_INPUT = 100;

  private BenchIngest() {}

  /** Publishes the inputs to the phase's raw topic; the topics must exist. */
  public static IngestSummary ingest(Properties props, List<? extends InputItem> inputs) {
    IngestConfig config = IngestConfig.from(props);
    try (ArticlePublisher publisher = config.newPublisher(ArticleSerdes.create())) {
      return ingest(publisher, config, inputs);
    }
  }

  /** Publishes with a publisher the caller made (and closes). */
  public static IngestSummary ingest(ArticlePublisher publisher, IngestConfig config, List<? extends InputItem> inputs) {
    Ingester ingester = new Ingester(publisher, config.formatDetector(), Clock.systemUTC(), InputStream.nullInputStream());
    IngestSummary summary = ingester.ingestItems(inputs, ProgressListener.NONE);
    if (!summary.succeeded() || summary.rejected() > 0) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "bench ingest lost articles: %d published, %d rejected, %d send failures (%s)",
          summary.articlesPublished(), summary.rejected(), summary.sendFailures(), summary.lastSendFailure()));
    }
    return summary;
  }

  /**
   * Corpus articles {@code first} to {@code first + count - 1} (cycling through the corpus) as JSON
   * Lines inputs; article {@code n} gets the source id {@code prefix-n}.
   */
  public static List<InputItem> jsonLines(BenchCorpus corpus, String prefix, int first, int count) {
    List<InputItem> inputs = new ArrayList<>();
    StringBuilder lines = new StringBuilder();
    int inChunk = 0;
    for (int n = first; n < first + count; n++) {
      lines.append(corpus.jsonLine(n, sourceId(prefix, n))).append('\n');
      if (++inChunk == ARTICLES_PER_INPUT || n == first + count - 1) {
        String name = String.format(Locale.ROOT, "%s-%07d.jsonl", prefix, n);
        inputs.add(new MemoryInput("bench:" + name, name, lines.toString().getBytes(StandardCharsets.UTF_8)));
        lines.setLength(0);
        inChunk = 0;
      }
    }
    return inputs;
  }

  /** One JSON input per article, for paced feeding. */
  public static List<InputItem> oneEach(BenchCorpus corpus, String prefix, int first, int count) {
    List<InputItem> inputs = new ArrayList<>(count);
    for (int n = first; n < first + count; n++) {
      String name = String.format(Locale.ROOT, "%s-%07d.json", prefix, n);
      inputs.add(new MemoryInput("bench:" + name, name,
          corpus.jsonLine(n, sourceId(prefix, n)).getBytes(StandardCharsets.UTF_8)));
    }
    return inputs;
  }

  public static String sourceId(String prefix, int n) {
    return String.format(Locale.ROOT, "%s-%07d", prefix, n);
  }

  /** The article number in a source id made by {@link #sourceId}. */
  public static int number(String sourceId) {
    return Integer.parseInt(sourceId.substring(sourceId.lastIndexOf('-') + 1));
  }
}
