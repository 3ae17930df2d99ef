package dev.newswire.enrich.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanford CoreNLP's CRF taggers behind {@link NerEngine}, driven token by token. In: one field's text.
 * Out: its name mentions with exact character offsets, each labelled with the type the taggers weigh
 * highest and carrying those weights ({@link TypeScores}).
 *
 * <ul>
 *   <li>Tokens: CoreNLP's tokenizer with hyphenated words kept whole ("Chester-le-Street", "Anne-Gaelle"),
 *       as newswire writes them and the CoNLL models were trained; a newline ends a sentence.</li>
 *   <li>Spans: the CoNLL 4-class CRF's best sequence; a sentence in capitals only (a wire headline, a
 *       results line) is tagged by its caseless twin, which was trained for exactly that.</li>
 *   <li>Types: the span's per-token marginal probabilities from that CRF plus those of the 3-class CRF
 *       (trained on more newswire), averaged over the span, decide the type.</li>
 * </ul>
 * The constructor loads three CRFs (a few seconds, about 500 MB of heap); one instance is shared by all
 * stream threads (the classifiers keep no per-call state).
 */
public final class CrfNerEngine implements NerEngine {

  static final String MODELS = "edu/stanford/nlp/models/ner/";
  /**
   * newswire's own CoNLL 4-class CRF: CoreNLP's CoNLL recipe (features, distributional clusters,
   * regularisation) retrained on the CoNLL-2003 training set with gazetteer features (CoreNLP's typed
   * place, nationality and title lists and sports clubs from its Wikipedia dictionary); how it was made
   * is in the README. On the development set it scores 93.3 F1 alone against 92.9 for CoreNLP's own.
   */
  public static final String CASED_MODEL = "dev/newswire/enrich/ner/newswire-conll.crf.ser.gz";
  /** CoreNLP's own CoNLL 4-class CRF, the baseline. */
  public static final String CORENLP_CONLL_MODEL = MODELS + "english.conll.4class.distsim.crf.ser.gz";
  public static final String CASELESS_MODEL = MODELS + "english.conll.4class.caseless.distsim.crf.ser.gz";
  public static final String THREE_CLASS_MODEL = MODELS + "english.all.3class.distsim.crf.ser.gz";
  /** Weight of the 3-class CRF's marginals against the CoNLL CRF's when typing a span (dev set: 1.0 best of 0.3-1.0). */
  static final double THREE_CLASS_WEIGHT = 1.0;
  /** A span the CoNLL CRF types with at least this probability is not put to the 3-class CRF. */
  static final double SURE_SPAN = 0.99;
  private static final String OUTSIDE = "O";

  private static final Logger LOG = LoggerFactory.getLogger(CrfNerEngine.class);

  private final StanfordCoreNLP tokenizer;
  private final CRFClassifier<CoreLabel> cased;
  private final CRFClassifier<CoreLabel> caseless;
  private final CRFClassifier<CoreLabel> threeClass;
  private final List<String> models;
  private final Duration loadTime;

  public CrfNerEngine() {
    this(CASED_MODEL, true);
  }

  /** Spans from {@code spanModel} (a CRF on the classpath or a file) on mixed-case sentences. */
  public CrfNerEngine(String spanModel) {
    this(spanModel, true);
  }

  /** {@code spanModel} alone, on every sentence, typing its own spans: a baseline. */
  public static CrfNerEngine bare(String spanModel) {
    return new CrfNerEngine(spanModel, false);
  }

  private CrfNerEngine(String spanModel, boolean withHelpers) {
    long started = System.nanoTime();
    this.tokenizer = new StanfordCoreNLP(tokenizerProperties());
    this.cased = load(spanModel);
    this.caseless = withHelpers ? load(CASELESS_MODEL) : null;
    this.threeClass = withHelpers ? load(THREE_CLASS_MODEL) : null;
    this.loadTime = Duration.ofNanos(System.nanoTime() - started);
    String span = spanModel.equals(CASED_MODEL) ? "newswire:newswire-conll.crf.ser.gz" : modelName(spanModel);
    this.models = withHelpers ? List.of(span, modelName(CASELESS_MODEL),
        modelName(THREE_CLASS_MODEL)) : List.of(span);
    LOG.info("CRF taggers loaded in {} ms: {}", loadTime.toMillis(), models);
  }

  static Properties tokenizerProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("tokenize.options", "invertible=true,splitHyphenated=false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return p;
  }

  @Override
  public List<RawMention> recognize(String field, String text) {
    if (text.isBlank()) {
      return List.of();
    }
    CoreDocument document = new CoreDocument(text);
    tokenizer.annotate(document);
    List<RawMention> mentions = new ArrayList<>();
    for (CoreSentence sentence : document.sentences()) {
      tag(field, text, sentence.tokens(), mentions);
    }
    return mentions;
  }

  private void tag(String field, String text, List<CoreLabel> tokens, List<RawMention> out) {
    CRFClassifier<CoreLabel> spanModel = caseless != null && LineCase.isAllCaps(tokens) ? caseless : cased;
    List<CoreLabel> tagged = prepared(spanModel, tokens);
    CRFCliqueTree<String> spanTree = spanModel.getCliqueTree(tagged);
    String[] labels = bestLabels(spanTree, tagged.size());
    List<int[]> spans = spans(labels);
    if (spans.isEmpty()) {
      return;
    }
    List<double[]> weights = new ArrayList<>(spans.size());
    boolean unsure = false;
    for (int[] span : spans) {
      double[] w = marginals(spanTree, span, TypeScores.LABELS.length);
      weights.add(w);
      unsure |= TypeScores.of(w).max() < SURE_SPAN;
    }
    // the 3-class CRF is asked only where the CoNLL CRF is unsure: it rarely overturns a sure call, and
    // it is the slowest of the three
    CRFCliqueTree<String> typeTree = threeClass == null || !unsure ? null
        : threeClass.getCliqueTree(prepared(threeClass, tokens));
    for (int s = 0; s < spans.size(); s++) {
      int[] span = spans.get(s);
      double[] w = weights.get(s);
      if (typeTree != null && TypeScores.of(w).max() < SURE_SPAN) {
        double[] extra = marginals(typeTree, span, 3);
        for (int k = 0; k < extra.length; k++) {
          w[k] += THREE_CLASS_WEIGHT * extra[k];
        }
      }
      String label = labels[span[0]];
      TypeScores scores = TypeScores.of(w);
      int start = tagged.get(span[0]).beginPosition();
      int end = tagged.get(span[1] - 1).endPosition();
      String type = threeClass == null ? label : scores.best();
      out.add(new RawMention(field, start, end, text.substring(start, end), type, scores));
    }
  }

  /**
   * The tokens as the CRF's own reader prepares them (word function, known lower-case words): what
   * {@code classifySentence} does before its Viterbi pass, which newswire does not need.
   */
  private static List<CoreLabel> prepared(CRFClassifier<CoreLabel> model, List<CoreLabel> tokens) {
    return new ObjectBankWrapper<CoreLabel>(model.flags, null, model.getKnownLCWords()).processDocument(copies(tokens));
  }

  /**
   * Each token's most probable label (posterior decoding): one forward-backward pass gives both the labels
   * and the marginals the types are weighed by. On the CoNLL-2003 development set it finds the same
   * mentions as the Viterbi path (5,515 against 5,513 right) at half the cost of running both.
   */
  private static String[] bestLabels(CRFCliqueTree<String> tree, int size) {
    String[] labels = new String[size];
    for (int t = 0; t < size; t++) {
      String best = OUTSIDE;
      for (String label : TypeScores.LABELS) {
        if (tree.prob(t, label) > tree.prob(t, best)) {
          best = label;
        }
      }
      labels[t] = best;
    }
    return labels;
  }

  /** Runs of tokens with one label other than O, as [first, end) token indexes. */
  private static List<int[]> spans(String[] labels) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < labels.length) {
      String label = labels[i];
      if (label.equals(OUTSIDE)) {
        i++;
        continue;
      }
      int j = i;
      while (j < labels.length && label.equals(labels[j])) {
        j++;
      }
      spans.add(new int[] {i, j});
      i = j;
    }
    return spans;
  }

  /** The first {@code types} labels' marginal probabilities, summed over the span's tokens. */
  private static double[] marginals(CRFCliqueTree<String> tree, int[] span, int types) {
    double[] sum = new double[TypeScores.LABELS.length];
    for (int t = span[0]; t < span[1]; t++) {
      for (int k = 0; k < types; k++) {
        sum[k] += tree.prob(t, TypeScores.LABELS[k]);
      }
    }
    return sum;
  }

  private static List<CoreLabel> copies(List<CoreLabel> tokens) {
    List<CoreLabel> copy = new ArrayList<>(tokens.size());
    for (CoreLabel token : tokens) {
      copy.add(new CoreLabel(token));
    }
    return copy;
  }

  private static CRFClassifier<CoreLabel> load(String path) {
    try {
      return CRFClassifier.getClassifier(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the CRF model " + path, e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the CRF model " + path + " does not match this CoreNLP", e);
    }
  }

  @Override
  public List<String> models() {
    return models;
  }

  /** How long loading the models took. */
  public Duration loadTime() {
    return loadTime;
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
