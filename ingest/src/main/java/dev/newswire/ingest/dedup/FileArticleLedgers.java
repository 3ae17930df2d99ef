package dev.newswire.ingest.dedup;

import dev.newswire.ingest.ArticleIds;
import dev.newswire.ingest.state.AppendLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Opens persistent ledgers: one append-only file per scope (the cluster and raw topic the articles
 * go to, so that publishing to a new topic or cluster starts afresh) under the state folder, named
 * {@code articles-<scope-hash>.ledger}. A file with many superseded lines is compacted when opened.
 */
public final class FileArticleLedgers {

  private FileArticleLedgers() {}

  public static ArticleLedger open(Path stateDir, String scope) {
    String name = "articles-" + ArticleIds.sha256Hex(scope).substring(0, 16).toLowerCase(Locale.ROOT) + ".ledger";
    List<String> lines = new ArrayList<>();
    AppendLog log = AppendLog.open(stateDir.resolve(name), lines);
    MemoryArticleLedger ledger = new MemoryArticleLedger(log);
    ledger.load(lines);
    if (lines.size() > 2 * ledger.size() + 1000) {
      log.rewrite(ledger.lines());
    }
    return ledger;
  }
}
