package dev.newswire.app.bench.measure;

import dev.newswire.enrich.ner.NerEngine;
import dev.newswire.enrich.ner.RawMention;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The baseline: CoreNLP's default {@code ner} configuration ({@value #ANNOTATORS}, every ner setting
 * at its default: three CRFs, fine-grained types, SUTime, numeric classifiers), behind the same
 * interface as the engine enrich runs, so the bench drives both alike.
 */
public final class DefaultNerEngine implements NerEngine {

  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

  private final StanfordCoreNLP pipeline;

  public DefaultNerEngine() {
    Properties properties = new Properties();
    properties.setProperty("annotators", ANNOTATORS);
    this.pipeline = new StanfordCoreNLP(properties);
  }

  @Override
  public List<RawMention> recognize(String field, String text) {
    CoreDocument document = new CoreDocument(text);
    pipeline.annotate(document);
    List<RawMention> mentions = new ArrayList<>();
    if (document.entityMentions() != null) {
      for (CoreEntityMention m : document.entityMentions()) {
        int start = m.charOffsets().first();
        int end = m.charOffsets().second();
        mentions.add(new RawMention(field, start, end, text.substring(start, end), m.entityType()));
      }
    }
    return mentions;
  }

  @Override
  public List<String> models() {
    return List.of("corenlp-default-ner");
  }
}
