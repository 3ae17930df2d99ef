package dev.newswire.app.testing;

import dev.newswire.app.run.KnowledgeBase;
import dev.newswire.enrich.ner.CrfNerEngine;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The NER engine and the knowledge base, loaded once per test class (as {@code newswire enrich}
 * loads them once per process) and the knowledge base closed after it. Register as a static field:
 * {@code @RegisterExtension static final LoadedModels MODELS = new LoadedModels();}
 */
public final class LoadedModels implements BeforeAllCallback, AfterAllCallback {

  private CrfNerEngine engine;
  private KnowledgeBase kb;

  @Override
  public void beforeAll(ExtensionContext context) {
    engine = SharedEngine.get();
    kb = KnowledgeBase.open(Map.of());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (kb != null) {
      kb.close();
    }
  }

  public CrfNerEngine engine() {
    return engine;
  }

  public KnowledgeBase kb() {
    return kb;
  }
}
