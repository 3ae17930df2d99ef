package dev.newswire.bench;

import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.format.TextDocument;
import dev.newswire.ingest.format.json.JsonFormat;
import dev.newswire.ingest.format.wire.WireTextFormat;
import java.nio.charset.StandardCharsets;
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

/** Ingest's parsers on one article of about 900 words: plain wire text, and one JSON object. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IngestParseBenchmark {

  private final WireTextFormat wire = new WireTextFormat(FormatLimits.defaults());
  private final JsonFormat json = new JsonFormat(FormatLimits.defaults());
  private TextDocument wireDocument;
  private TextDocument jsonDocument;

  @Setup
  public void setUp() {
    wireDocument = document("article.txt", SampleArticles.wireText(1, 900));
    String body = SampleArticles.body(1, 900).replace("\n", "\\n");
    jsonDocument = document("article.json", "{\"id\": \"a-1\", \"headline\": \"" + SampleArticles.headline(1)
        + "\", \"language\": \"en\", \"publishedAt\": \"2026-01-01T08:00:00Z\", \"body\": \"" + body + "\"}");
  }

  @Benchmark
  public ParseResult wireText() {
    return wire.parse(wireDocument);
  }

  @Benchmark
  public ParseResult jsonObject() {
    return json.parse(jsonDocument);
  }

  private static TextDocument document(String name, String text) {
    return new TextDocument(new RawInput("bench:" + name, name, text.getBytes(StandardCharsets.UTF_8)), text);
  }
}
