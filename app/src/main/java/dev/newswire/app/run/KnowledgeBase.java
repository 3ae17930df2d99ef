package dev.newswire.app.run;

import dev.newswire.enrich.link.KbIndex;
import dev.newswire.enrich.link.KbIndexCache;
import dev.newswire.enrich.link.KbOverrides;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base enrich links entities to: the curated override table shipped with newswire
 * and the Wikipedia index built from CoreNLP's wikidict, opened from its cache directory (built
 * there once, on first use: about a minute; later processes open it in well under a second), with the
 * alias tables a user imported ({@code newswire kb import}) on top.
 */
public record KnowledgeBase(KbOverrides curated, KbIndex index) implements AutoCloseable {

  public static final String CACHE_DIR_PROPERTY = "newswire.kb.cache.dir";

  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);

  /** Opens (building when needed) the index under {@code newswire.kb.cache.dir}, default ~/.cache/newswire/kb. */
  public static KnowledgeBase open(Map<?, ?> properties) {
    Path root = root(properties);
    long started = System.nanoTime();
    KbIndex index = new KbIndexCache(root, Clock.systemUTC()).openCoreNlpWithAliases();
    LOG.info("knowledge base {} ready in {} ms (cache {})", index.indexVersion(),
        (System.nanoTime() - started) / 1_000_000, root);
    return new KnowledgeBase(KbOverrides.curated(), index);
  }

  /** The cache root: {@code newswire.kb.cache.dir} when set, else ~/.cache/newswire/kb. */
  public static Path root(Map<?, ?> properties) {
    Object dir = properties.get(CACHE_DIR_PROPERTY);
    return dir == null || dir.toString().isBlank() ? KbIndexCache.defaultRoot() : Path.of(dir.toString());
  }

  @Override
  public void close() {
    index.close();
  }
}
