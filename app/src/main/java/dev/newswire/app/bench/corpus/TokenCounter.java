package dev.newswire.app.bench.corpus;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;

/**
 * Counts tokens the way the NER engine's tokenizer cuts them (CoreNLP's PTB tokenizer), so that
 * tokens/s figures mean the same for every engine the bench measures. Thread-safe.
 */
public final class TokenCounter {

  /** Tokens of one text. */
  public int count(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(),
        "invertible=true");
    int tokens = 0;
    while (tokenizer.hasNext()) {
      tokenizer.next();
      tokens++;
    }
    return tokens;
  }

  /** Tokens of an article's headline, standfirst and body together. */
  public int count(CorpusArticle article) {
    return count(article.headline()) + count(article.standfirst()) + count(article.body());
  }
}
