import dev.newswire.enrich.eval.ConllDevSetReader;
import dev.newswire.enrich.eval.DevArticle;
import dev.newswire.enrich.eval.GoldMention;
import dev.newswire.enrich.link.KbIndexCache;
import dev.newswire.enrich.link.KbOverrides;
import dev.newswire.enrich.link.LayeredLinker;
import dev.newswire.enrich.link.RocksKbIndex;
import dev.newswire.enrich.ner.ArticleNer;
import dev.newswire.enrich.ner.ArticleText;
import dev.newswire.enrich.ner.CrfNerEngine;
import dev.newswire.enrich.ner.KnownNames;
import dev.newswire.enrich.ner.RawMention;
import dev.newswire.enrich.ner.TypeFeatures;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Fits the weights of enrich's learned type stage (LearnedTypes) on the CoNLL-2003 training set.
 * Each training article is run through enrich's own NER steps with the fold CRF that did not see it
 * (MODEL_EVEN was trained on the even-numbered articles, MODEL_ODD on the odd ones; see README), so the
 * stage learns how far to trust the taggers on text they were not trained on. Each mention whose span is
 * a gold span becomes one example: its TypeFeatures, labelled with the gold type. A logistic regression
 * (CoreNLP's LinearClassifierFactory, quasi-Newton, Gaussian prior SIGMA) is fitted and written as text.
 * Usage: java -cp CLASSPATH TrainTypes.java CONLL_DIR MODEL_EVEN MODEL_ODD OUT_TSV [SIGMA]
 */
public class TrainTypes {
  static final String[] LABELS = {"PERSON", "ORGANIZATION", "LOCATION", "MISC"};

  public static void main(String[] a) throws Exception {
    Path conll = Path.of(a[0]);
    double sigma = a.length > 4 ? Double.parseDouble(a[4]) : 1.0;
    CrfNerEngine trainedOnEven = new CrfNerEngine(a[1]);
    CrfNerEngine trainedOnOdd = new CrfNerEngine(a[2]);
    KbOverrides curated = KbOverrides.curated();
    RVFDataset<String, String> data = new RVFDataset<>();
    int seen = 0;
    int matched = 0;
    try (RocksKbIndex index = new KbIndexCache(KbIndexCache.defaultRoot(), Clock.systemUTC()).openCoreNlp()) {
      int i = 0;
      for (DevArticle art : ConllDevSetReader.read(conll, "train")) {
        CrfNerEngine engine = i++ % 2 == 0 ? trainedOnOdd : trainedOnEven;
        KnownNames names = new KnownNames(new LayeredLinker(curated, index));
        ArticleText text = ArticleText.of(art.toNewsArticle(Instant.EPOCH));
        List<RVFDatum<String, String>> found = new ArrayList<>();
        new ArticleNer(engine, (mentions, t, n) -> {
          TypeFeatures features = TypeFeatures.of(mentions, t, n);
          for (RawMention m : mentions) {
            if (!m.scores().isKnown()) {
              continue;
            }
            String label = null;
            for (GoldMention g : art.gold()) {
              if (g.field().equals(m.field()) && g.start() == m.start() && g.end() == m.end()) {
                label = g.type().name();
              }
            }
            if (label == null) {
              continue; // a span that is not a gold span teaches nothing about types
            }
            Counter<String> c = new ClassicCounter<>();
            features.of(m).forEach(c::setCount);
            found.add(new RVFDatum<>(c, label));
          }
          return mentions;
        }).mentions(text, names);
        seen++;
        matched += found.size();
        found.forEach(data::add);
      }
    }
    System.err.printf(Locale.ROOT, "%d articles, %d examples%n", seen, matched);
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    LinearClassifier<String, String> model = factory.trainClassifier(data);
    Map<String, Counter<String>> weights = model.weightsAsMapOfCounters();
    TreeSet<String> features = new TreeSet<>();
    weights.values().forEach(c -> features.addAll(c.keySet()));
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(a[3])))) {
      w.println("# newswire's learned type stage: logistic regression weights per feature for PERSON, ORGANIZATION,");
      w.println("# LOCATION, MISC; fitted by eval/ner-model/TrainTypes.java (sigma " + sigma + ", " + matched + " examples)");
      for (String f : features) {
        StringBuilder line = new StringBuilder(f);
        double max = 0;
        for (String label : LABELS) {
          double v = weights.containsKey(label) ? weights.get(label).getCount(f) : 0.0;
          max = Math.max(max, Math.abs(v));
          line.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
        }
        if (max >= 0.00005 && !f.contains("\t") && !f.contains("\n")) {
          w.println(line);
        }
      }
    }
  }
}
