package dev.newswire.ingest.dedup;

import dev.newswire.ingest.ArticleIds;
import dev.newswire.ingest.state.AppendLog;
import dev.newswire.schemas.NewsArticle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger's logic over two maps, acknowledged entries and reservations of articles still in
 * flight; with an {@link AppendLog}, each acknowledged entry is also appended to it as a line
 * {@code key articleId contentHash version}, and the log's lines are loaded first (later lines win).
 */
final class MemoryArticleLedger implements ArticleLedger {

  private record Entry(String articleId, String contentHash, int version) {}

  private final AppendLog log;
  private final Map<String, Entry> acknowledged = new HashMap<>();
  private final Map<String, Entry> reserved = new HashMap<>();

  /** @param log where acknowledged entries persist, or null to keep them in memory only */
  MemoryArticleLedger(AppendLog log) {
    this.log = log;
  }

  /** Loads lines of an earlier run; malformed lines are skipped. Returns how many were read. */
  int load(List<String> lines) {
    int read = 0;
    for (String line : lines) {
      List<String> fields = AppendLog.fields(line);
      if (fields.size() != 4) {
        continue;
      }
      try {
        acknowledged.put(fields.get(0), new Entry(fields.get(1), fields.get(2), Integer.parseInt(fields.get(3))));
        read++;
      } catch (NumberFormatException e) {
        // a damaged line; the others still count
      }
    }
    return read;
  }

  int size() {
    return acknowledged.size();
  }

  List<String> lines() {
    List<String> lines = new ArrayList<>();
    acknowledged.forEach((key, entry) -> lines.add(line(key, entry)));
    return lines;
  }

  @Override
  public synchronized LedgerDecision decide(NewsArticle article) {
    String key = key(article);
    Entry known = reserved.containsKey(key) ? reserved.get(key) : acknowledged.get(key);
    LedgerDecision decision;
    if (known == null) {
      decision = new LedgerDecision(LedgerDecision.Kind.NEW, key, article.getId(), article.getContentHash(), 1);
    } else if (known.contentHash().equals(article.getContentHash())) {
      return new LedgerDecision(LedgerDecision.Kind.DUPLICATE, key, known.articleId(), known.contentHash(),
          known.version());
    } else {
      decision = new LedgerDecision(LedgerDecision.Kind.UPDATE, key, known.articleId(), article.getContentHash(),
          known.version() + 1);
    }
    reserved.put(key, new Entry(decision.articleId(), decision.contentHash(), decision.version()));
    return decision;
  }

  @Override
  public void published(LedgerDecision decision) {
    if (!decision.publish() || decision.key().isEmpty()) {
      return;
    }
    Entry entry = new Entry(decision.articleId(), decision.contentHash(), decision.version());
    synchronized (this) {
      Entry current = acknowledged.get(decision.key());
      if (current == null || current.version() <= entry.version()) {
        acknowledged.put(decision.key(), entry);
      }
      reserved.remove(decision.key(), entry);
    }
    if (log != null) {
      log.append(line(decision.key(), entry));
    }
  }

  @Override
  public synchronized void failed(LedgerDecision decision) {
    reserved.remove(decision.key(), new Entry(decision.articleId(), decision.contentHash(), decision.version()));
  }

  @Override
  public void close() {
    if (log != null) {
      log.close();
    }
  }

  /** Source plus source id, or source plus content hash; hashed so the key is one safe field. */
  static String key(NewsArticle article) {
    String source = article.getSource() == null ? "" : article.getSource();
    String own = article.getSourceId() != null ? "id:" + article.getSourceId() : "hash:" + article.getContentHash();
    return ArticleIds.sha256Hex(source + "\u0000" + own).substring(0, 40);
  }

  private static String line(String key, Entry entry) {
    return key + " " + entry.articleId() + " " + entry.contentHash() + " " + entry.version();
  }
}
