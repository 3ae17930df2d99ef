package dev.newswire.enrich.ner;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanford CoreNLP behind {@link NerEngine}: text in, entity mentions (with CoreNLP's labels and exact
 * character offsets) out. The constructor loads the models (a few seconds, about 400 MB of heap):
 * create one instance per process and share it; {@code annotate} on one pipeline is thread-safe.
 *
 * <p>Pipeline {@code tokenize,ssplit,ner}: {@code lemma} and {@code pos} are left out because the CRF
 * taggers use neither (same mentions with and without them, measured; see {@link #defaultProperties()}). Fine-grained types,
 * SUTime and the numeric classifiers are off: they cost most of the time and yield no names.
 */
public final class CoreNlpNerEngine implements NerEngine {

  public static final String ANNOTATORS = "tokenize,ssplit,ner";
  public static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
  /**
   * The CRFs enrich runs: the 3-class model (PERSON, ORGANIZATION, LOCATION) and the CoNLL 4-class
   * model (adds MISC). CoreNLP's default also runs the MUC 7-class model, which adds dates, money and
   * percentages (not used here) and found no name the other two missed: on the dev set the mentions
   * with and without it are identical (569 true, 29 false positives, 77 missed, per type too), and
   * dropping it makes NER 1.3x faster (32.6 to 24.7 ms an article, measured in one run). The CoNLL
   * model alone is 2.5x faster but adds 25 false positives (precision 0.952 to 0.913).
   */
  public static final String NER_MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
      + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpNerEngine.class);

  private final StanfordCoreNLP pipeline;
  private final List<String> models;
  private final Duration loadTime;

  /** Loads the default pipeline ({@link #defaultProperties()}). */
  public CoreNlpNerEngine() {
    this(new Properties());
  }

  /** Loads a pipeline from {@link #defaultProperties()} with {@code overrides} applied on top. */
  public CoreNlpNerEngine(Properties overrides) {
    Properties properties = defaultProperties();
    properties.putAll(overrides);
    long started = System.nanoTime();
    this.pipeline = new StanfordCoreNLP(properties);
    this.loadTime = Duration.ofNanos(System.nanoTime() - started);
    this.models = modelNames(properties);
    LOG.info("CoreNLP {} loaded in {} ms: {}", version(), loadTime.toMillis(), models);
  }

  /** The pipeline settings newswire runs with. */
  public static Properties defaultProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", ANNOTATORS);
    p.setProperty("tokenize.options", "invertible=true");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    // The CRFs read words, shapes and distributional-similarity clusters, not POS tags: without the
    // tagger the mentions are identical on the bench corpus, the seed and the dev set, and NER runs
    // 1.5x faster (measured). CoreNLP still declares pos a requirement of ner, hence:
    p.setProperty("enforceRequirements", "false");
    p.setProperty("ner.model", NER_MODELS);
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    return p;
  }

  @Override
  public List<RawMention> recognize(String field, String text) {
    if (text.isBlank()) {
      return List.of();
    }
    CoreDocument document = new CoreDocument(text);
    pipeline.annotate(document);
    List<CoreEntityMention> found = document.entityMentions();
    if (found == null) {
      return List.of();
    }
    List<RawMention> mentions = new ArrayList<>(found.size());
    for (CoreEntityMention mention : found) {
      int start = mention.charOffsets().first();
      int end = mention.charOffsets().second();
      mentions.add(new RawMention(field, start, end, text.substring(start, end), mention.entityType()));
    }
    mentions.sort(Comparator.comparingInt(RawMention::start));
    return mentions;
  }

  @Override
  public List<String> models() {
    return models;
  }

  /** How long loading the models took. */
  public Duration loadTime() {
    return loadTime;
  }

  private static List<String> modelNames(Properties properties) {
    List<String> names = new ArrayList<>();
    String prefix = "corenlp-" + version() + ":";
    if (properties.getProperty("annotators", "").contains("pos")) {
      names.add(prefix + fileName(properties.getProperty("pos.model", POS_MODEL)));
    }
    for (String model : properties.getProperty("ner.model", NER_MODELS).split(",")) {
      if (!model.isBlank()) {
        names.add(prefix + fileName(model.strip()));
      }
    }
    return List.copyOf(names);
  }

  /** A model's name as recorded in {@code EnrichmentInfo.models}: {@code corenlp-VERSION:FILE}. */
  static String modelName(String path) {
    return "corenlp-" + version() + ":" + fileName(path);
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String version() {
    String version = StanfordCoreNLP.class.getPackage().getImplementationVersion();
    return version == null ? "unknown" : version;
  }
}
