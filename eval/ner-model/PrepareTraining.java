import dev.newswire.enrich.eval.ConllDevSetReader;
import dev.newswire.enrich.eval.DevArticle;
import dev.newswire.enrich.eval.GoldMention;
import edu.stanford.nlp.ie.crf.*;
import edu.stanford.nlp.ie.*;
import edu.stanford.nlp.ling.*;
import edu.stanford.nlp.pipeline.*;
import java.io.*;
import java.nio.file.*;
import java.util.*;

/**
 * Writes the training data of newswire's CoNLL CRF into a scratch folder outside the repository (the
 * text is Reuters material for research use): train.tsv (token, label; sentences apart by blank lines,
 * tokenized as enrich tokenizes) from the CoNLL-2003 training set, the same split by article parity
 * (even.tsv, odd.tsv: the folds the learned type stage is fitted with), and clusters.txt, the
 * distributional clusters CoreNLP's CoNLL model carries. Usage: java -cp CLASSPATH PrepareTraining.java CONLL_DIR OUT_DIR
 */
public class PrepareTraining {
  public static void main(String[] a) throws Exception {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("tokenize.options", "invertible=true,splitHyphenated=false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    StanfordCoreNLP tok = new StanfordCoreNLP(p);
    Path conll = Path.of(a[0]);
    Path out = Path.of(a[1]);
    for (String set : List.of("train")) {
      try (PrintWriter all = new PrintWriter(Files.newBufferedWriter(out.resolve(set + ".tsv")));
           PrintWriter even = new PrintWriter(Files.newBufferedWriter(out.resolve("even.tsv")));
           PrintWriter odd = new PrintWriter(Files.newBufferedWriter(out.resolve("odd.tsv")))) {
        int index = 0;
        for (DevArticle art : ConllDevSetReader.read(conll, set)) {
          PrintWriter half = index++ % 2 == 0 ? even : odd; // the folds of the learned type stage
          for (String field : List.of("headline", "body")) {
            String text = art.text(field);
            CoreDocument doc = new CoreDocument(text);
            tok.annotate(doc);
            for (CoreSentence s : doc.sentences()) {
              for (CoreLabel t : s.tokens()) {
                String lab = "O";
                for (GoldMention g : art.gold()) {
                  if (g.field().equals(field) && t.beginPosition() >= g.start() && t.beginPosition() < g.end()) {
                    lab = g.type().name();
                  }
                }
                String line = t.word().replace('\t', ' ') + "\t" + lab;
                all.println(line);
                half.println(line);
              }
              all.println();
              half.println();
            }
          }
        }
      }
    }
    CRFClassifier<CoreLabel> c = CRFClassifier.getClassifier("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    java.lang.reflect.Field ff = AbstractSequenceClassifier.class.getDeclaredField("featureFactories");
    ff.setAccessible(true);
    List<?> facs = (List<?>) ff.get(c);
    java.lang.reflect.Field lf = NERFeatureFactory.class.getDeclaredField("lexicon");
    lf.setAccessible(true);
    @SuppressWarnings("unchecked") Map<String, String> lex = (Map<String, String>) lf.get(facs.get(0));
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("clusters.txt")))) {
      for (var e : lex.entrySet()) w.println(e.getKey() + "\t" + e.getValue());
    }
    System.out.println("lexicon " + lex.size() + " flags: " + c.flags.distSimLexicon + " " + c.flags.distSimFileFormat);
  }
}
