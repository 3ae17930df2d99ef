package dev.newswire.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.enrich.ArticleEnricher;
import dev.newswire.enrich.eval.DevArticle;
import dev.newswire.enrich.eval.DevSetEvaluation;
import dev.newswire.enrich.eval.DevSetReader;
import dev.newswire.enrich.eval.EvalJson;
import dev.newswire.enrich.eval.EvalReport;
import dev.newswire.enrich.eval.EvalTable;
import dev.newswire.enrich.link.EmptyKbIndex;
import dev.newswire.enrich.link.KbIndex;
import dev.newswire.enrich.link.KbIndexCache;
import dev.newswire.enrich.link.KbOverrides;
import dev.newswire.enrich.ner.CoreNlpNerEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newswire eval}: runs the enricher (CoreNLP NER, curated overrides and the Wikipedia
 * dictionary index) over the development set and prints mention precision, recall and F1 (exact
 * span and type, overall and per type), linking and NIL accuracy, sizes and time per article;
 * optionally every error per article and the metrics as JSON.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score entity recognition and linking on the development set (eval/devset).")
public final class EvalCommand implements Callable<Integer> {

  static final Path DEFAULT_DEVSET = Path.of("eval", "devset", "articles.jsonl");

  @Option(names = "--devset", paramLabel = "PATH",
      description = "Dev set in JSON Lines (default: eval/devset/articles.jsonl under newswire.home or the current directory).")
  Path devset;

  @Option(names = "--json-out", paramLabel = "FILE", description = "Also write the metrics to FILE as JSON.")
  Path jsonOut;

  @Option(names = "--verbose", description = "Print the false positives, false negatives and linking errors of every article.")
  boolean verbose;

  @Option(names = "--no-kb", description = "Skip the knowledge-base index: NER and curated links only (quicker first run).")
  boolean noKb;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path path = devset != null ? devset : defaultDevSet();
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("no dev set at " + path.toAbsolutePath());
    }
    List<DevArticle> articles = DevSetReader.read(path);
    PrintWriter err = spec.commandLine().getErr();
    err.println("newswire eval: " + articles.size() + " articles from " + path + "; loading models");
    err.flush();
    EvalReport report = evaluate(articles);
    PrintWriter out = spec.commandLine().getOut();
    if (verbose) {
      out.print(EvalTable.details(report));
      out.println();
    }
    out.print(EvalTable.summary(report));
    out.flush();
    if (jsonOut != null) {
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(jsonOut.toFile(), EvalJson.of(report));
    }
    return 0;
  }

  private EvalReport evaluate(List<DevArticle> articles) {
    Clock clock = Clock.systemUTC();
    CoreNlpNerEngine engine = new CoreNlpNerEngine();
    if (noKb) {
      ArticleEnricher enricher = new ArticleEnricher(engine, KbOverrides.curated(), EmptyKbIndex.INSTANCE, clock);
      return new DevSetEvaluation(enricher::enrich, clock).run(articles);
    }
    try (KbIndex index = new KbIndexCache(KbIndexCache.defaultRoot(), clock).openCoreNlp()) {
      ArticleEnricher enricher = new ArticleEnricher(engine, KbOverrides.curated(), index, clock);
      return new DevSetEvaluation(enricher::enrich, clock).run(articles);
    }
  }

  static Path defaultDevSet() {
    String home = System.getProperty("newswire.home");
    return (home == null ? Path.of("") : Path.of(home)).resolve(DEFAULT_DEVSET);
  }
}
