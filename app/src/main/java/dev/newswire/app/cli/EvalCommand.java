package dev.newswire.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswire.app.stories.ReplayMode;
import dev.newswire.app.stories.StoryEvaluation;
import dev.newswire.app.view.AvroJsonView;
import dev.newswire.enrich.ArticleEnricher;
import dev.newswire.enrich.eval.BareCrfBaseline;
import dev.newswire.enrich.eval.ConllDevSetReader;
import dev.newswire.enrich.eval.DevArticle;
import dev.newswire.enrich.eval.DevSetEvaluation;
import dev.newswire.enrich.eval.DevSetReader;
import dev.newswire.enrich.eval.EvalJson;
import dev.newswire.enrich.eval.EvalReport;
import dev.newswire.enrich.eval.EvalTable;
import dev.newswire.enrich.eval.stories.StoryJson;
import dev.newswire.enrich.eval.stories.StoryScore;
import dev.newswire.enrich.eval.stories.StorySet;
import dev.newswire.enrich.eval.stories.StorySetReader;
import dev.newswire.enrich.eval.stories.StoryTable;
import dev.newswire.enrich.link.EmptyKbIndex;
import dev.newswire.enrich.link.KbIndex;
import dev.newswire.enrich.link.KbIndexCache;
import dev.newswire.enrich.link.KbOverrides;
import dev.newswire.enrich.ner.CrfNerEngine;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.NewsArticle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newswire eval}: runs the enricher (the same {@link ArticleEnricher} enrich runs: CoreNLP NER,
 * curated overrides and the Wikipedia dictionary index) over a development set and prints mention
 * precision, recall and F1 (exact span and type, overall, per type and on spans alone), linking and NIL
 * accuracy, sizes and time per article. The set is the project's own {@code eval/devset/} (a JSON Lines
 * file) or a CoNLL-2003 folder ({@code --devset ../shared/devsets/conll2003 --set dev|train}); on a CoNLL
 * folder the bare CoNLL 4-class CRF is scored on the same text in the same run as the baseline.
 *
 * <p>With {@code --stories PATH} it scores related links instead: the story stream (the project's own
 * {@code eval/stories/}) is replayed through the enrich topology live-like and as a backfill
 * ({@link StoryEvaluation}) and every run is scored beside a TF-IDF cosine baseline.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score entity recognition and linking on a development set (eval/devset, or a CoNLL-2003 folder), "
        + "or related links and stories on a story stream (--stories eval/stories).")
public final class EvalCommand implements Callable<Integer> {

  static final Path DEFAULT_DEVSET = Path.of("eval", "devset", "articles.jsonl");

  @Option(names = "--devset", paramLabel = "PATH",
      description = "A dev set in JSON Lines (default: eval/devset/articles.jsonl under newswire.home or the current "
          + "directory), or a CoNLL-2003 folder holding dev.articles.jsonl, dev.gold.jsonl, dev.links.jsonl.")
  Path devset;

  @Option(names = "--stories", paramLabel = "PATH",
      description = "Instead of entities: replay a story stream folder (eval/stories: articles.jsonl, labels.jsonl) "
          + "through the enrich topology live-like and as a backfill, and score its related links, stories, "
          + "duplicates and related topics against the labels and a TF-IDF cosine baseline.")
  Path stories;

  @Option(names = "--set", paramLabel = "dev|train", defaultValue = "dev",
      description = "Which set of a CoNLL-2003 folder to score (default: ${DEFAULT-VALUE}).")
  String set;

  @Option(names = "--json-out", paramLabel = "FILE", description = "Also write the metrics to FILE as JSON.")
  Path jsonOut;

  @Option(names = "--predictions-out", paramLabel = "FILE",
      description = "Also write the JSON view of every enriched article, one per line (what score_ner.py and "
          + "score_links.py read). Keep it outside the repository for licensed sets. With --stories: every run's "
          + "articles, one {\"run\", \"article\"} per line.")
  Path predictionsOut;

  @Option(names = "--no-baseline", description = "On a CoNLL folder, skip the bare-CRF baseline run.")
  boolean noBaseline;

  @Option(names = "--verbose", description = "Print the false positives, false negatives and linking errors of every article.")
  boolean verbose;

  @Option(names = "--no-kb", description = "Skip the knowledge-base index: NER and curated links only (quicker first run).")
  boolean noKb;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (stories != null) {
      return stories();
    }
    Path path = devset != null ? devset : defaultDevSet();
    boolean conll = Files.isDirectory(path);
    if (conll && !ConllDevSetReader.isConllFolder(path)) {
      throw new ParameterException(spec.commandLine(), "no CoNLL-2003 set in " + path.toAbsolutePath()
          + " (expected dev.articles.jsonl there)");
    }
    if (!conll && !Files.isRegularFile(path)) {
      throw new ParameterException(spec.commandLine(), "no dev set at " + path.toAbsolutePath());
    }
    if (!ConllDevSetReader.SETS.contains(set)) {
      throw new ParameterException(spec.commandLine(), "--set must be one of " + ConllDevSetReader.SETS + ": " + set);
    }
    List<DevArticle> articles = conll ? ConllDevSetReader.read(path, set) : DevSetReader.read(path);
    PrintWriter err = spec.commandLine().getErr();
    err.println("newswire eval: " + articles.size() + " articles from " + path + (conll ? " (" + set + ")" : "")
        + "; loading models");
    err.flush();
    CrfNerEngine engine = new CrfNerEngine();
    EvalReport report = evaluate(engine, articles);
    EvalReport baseline = conll && !noBaseline ? baseline(articles) : null;
    PrintWriter out = spec.commandLine().getOut();
    if (verbose) {
      out.print(EvalTable.details(report));
      out.println();
    }
    out.print(EvalTable.summary(report));
    if (baseline != null) {
      out.println();
      out.println("baseline: the bare CoNLL 4-class CRF on the same text");
      out.print(EvalTable.summary(baseline, false));
    }
    out.flush();
    if (jsonOut != null) {
      Map<String, Object> json = new LinkedHashMap<>(EvalJson.of(report));
      if (baseline != null) {
        json.put("baseline", EvalJson.of(baseline));
      }
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(jsonOut.toFile(), json);
    }
    return 0;
  }

  private Integer stories() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    StorySet set;
    try {
      if (devset != null) {
        throw new IllegalArgumentException("--stories and --devset are two evals; give one");
      }
      set = StorySetReader.read(stories);
    } catch (IllegalArgumentException e) {
      err.println("newswire eval: " + e.getMessage()); // one line, before any model loads, as demo refuses a path
      return PathArguments.USAGE_ERROR;
    }
    err.println("newswire eval: " + set.ids().size() + " articles from " + stories + "; loading models");
    err.flush();
    List<StoryScore> scores;
    if (predictionsOut == null) {
      scores = storyScores(set, err, (mode, article) -> { });
    } else {
      AvroJsonView view = new AvroJsonView();
      ObjectMapper json = new ObjectMapper();
      try (BufferedWriter writer = Files.newBufferedWriter(predictionsOut, StandardCharsets.UTF_8)) {
        scores = storyScores(set, err, (mode, article) -> {
          try {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("run", mode.label());
            line.put("article", view.toJson(article));
            writer.write(json.writeValueAsString(line));
            writer.newLine();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(StoryTable.of(set, scores));
    out.flush();
    if (jsonOut != null) {
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(jsonOut.toFile(), StoryJson.of(set, scores));
    }
    return 0;
  }

  private List<StoryScore> storyScores(StorySet set, PrintWriter err, BiConsumer<ReplayMode, EnrichedArticle> outputs)
      throws IOException {
    return withEnricher(new CrfNerEngine(), Clock.systemUTC(),
        enricher -> new StoryEvaluation(enricher, err, outputs).run(set));
  }

  private EvalReport evaluate(CrfNerEngine engine, List<DevArticle> articles) throws IOException {
    Clock clock = Clock.systemUTC();
    return withEnricher(engine, clock, enricher -> run(enricher::enrich, articles, clock));
  }

  /** Something done with an enricher that may fail on I/O. */
  @FunctionalInterface
  private interface EnricherUse<T> {
    T apply(ArticleEnricher enricher) throws IOException;
  }

  /** Runs {@code use} with the enricher enrich runs: the curated table, and the index unless --no-kb. */
  private <T> T withEnricher(CrfNerEngine engine, Clock clock, EnricherUse<T> use) throws IOException {
    if (noKb) {
      return use.apply(new ArticleEnricher(engine, KbOverrides.curated(), EmptyKbIndex.INSTANCE, clock));
    }
    try (KbIndex index = new KbIndexCache(KbIndexCache.defaultRoot(), clock).openCoreNlpWithAliases()) {
      return use.apply(new ArticleEnricher(engine, KbOverrides.curated(), index, clock));
    }
  }

  private EvalReport run(Function<NewsArticle, EnrichedArticle> enricher, List<DevArticle> articles, Clock clock)
      throws IOException {
    if (predictionsOut == null) {
      return new DevSetEvaluation(enricher, clock).run(articles);
    }
    AvroJsonView view = new AvroJsonView();
    try (BufferedWriter writer = Files.newBufferedWriter(predictionsOut, StandardCharsets.UTF_8)) {
      Function<NewsArticle, EnrichedArticle> writing = article -> {
        EnrichedArticle enriched = enricher.apply(article);
        try {
          writer.write(view.toJsonLine(enriched));
          writer.newLine();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return enriched;
      };
      return new DevSetEvaluation(writing, clock).run(articles);
    }
  }

  private static EvalReport baseline(List<DevArticle> articles) {
    Clock clock = Clock.systemUTC();
    return new DevSetEvaluation(new BareCrfBaseline()::enrich, clock).run(articles);
  }

  static Path defaultDevSet() {
    String home = System.getProperty("newswire.home");
    return (home == null ? Path.of("") : Path.of(home)).resolve(DEFAULT_DEVSET);
  }
}
