package dev.newswire.ingest;

import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.FormatDetector;
import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.ingest.source.InputItem;
import dev.newswire.ingest.source.InputPaths;
import dev.newswire.ingest.source.UnreadableInputException;
import dev.newswire.schemas.InputFormat;
import dev.newswire.schemas.NewsArticle;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: in go paths (files, folders, "-" for stdin) or {@link InputItem}s; each input is
 * read, screened and parsed by the {@link FormatDetector}; every article goes to the
 * {@link ArticlePublisher} as a {@code NewsArticle} (key: article id) and every failure as exactly one
 * {@code DeadLetter}; one bad input never stops the run. At the end the publisher is flushed and an
 * {@link IngestSummary} tells what happened, including send failures. Not thread-safe: one run at a time.
 */
public final class Ingester {

  private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

  private final ArticlePublisher publisher;
  private final FormatDetector formats;
  private final InputPaths paths;
  private final ArticleAssembler assembler;
  private final Rejections rejections;

  /**
   * @param stdin what "-" reads; the ingester does not close it
   */
  public Ingester(ArticlePublisher publisher, FormatDetector formats, Clock clock, InputStream stdin) {
    this.publisher = publisher;
    this.formats = formats;
    this.paths = new InputPaths(stdin);
    this.assembler = new ArticleAssembler(clock);
    this.rejections = new Rejections(clock);
  }

  public IngestSummary ingest(List<String> arguments) {
    return ingest(arguments, ProgressListener.NONE);
  }

  public IngestSummary ingest(List<String> arguments, ProgressListener progress) {
    return ingestItems(paths.expand(arguments), progress);
  }

  /** Ingests inputs from any source, in order, then flushes and summarises. */
  public IngestSummary ingestItems(List<? extends InputItem> items, ProgressListener progress) {
    PublishStats before = publisher.stats();
    RunTally tally = new RunTally();
    progress.started(items.size());
    for (int i = 0; i < items.size(); i++) {
      InputOutcome outcome = ingestOne(items.get(i), i + 1, items.size(), tally);
      progress.inputDone(outcome);
    }
    publisher.flush();
    IngestSummary summary = tally.summary(publisher.stats().since(before), publisher.lastFailure());
    LOG.info("ingest done: {} inputs, {} articles published, {} rejected, {} send failures",
        summary.inputs(), summary.articlesPublished(), summary.rejected(), summary.sendFailures());
    return summary;
  }

  private InputOutcome ingestOne(InputItem item, int index, int total, RunTally tally) {
    tally.input();
    String origin = item.origin();
    RawInput raw;
    try {
      raw = item.read(formats.limits().maxInputBytes());
    } catch (UnreadableInputException e) {
      LOG.warn("rejected {}: {} {}", origin, e.reason(), e.getMessage());
      tally.rejected(InputFormat.UNKNOWN, e.reason());
      publisher.reject(rejections.of(origin, e));
      return new InputOutcome(index, total, origin, InputFormat.UNKNOWN, 0, 1);
    }
    ParseResult result = formats.parse(raw);
    int articles = 0;
    for (ArticleDraft draft : result.articles()) {
      articles += publishDraft(draft, raw, tally) ? 1 : 0;
    }
    for (ParseFailure failure : result.failures()) {
      LOG.warn("rejected {}: {} {}", origin, failure.reason(), failure.message());
      tally.rejected(result.format(), failure.reason());
      publisher.reject(rejections.of(origin, failure, raw.bytes()));
    }
    int rejected = result.failures().size() + result.articles().size() - articles;
    LOG.info("read {} as {}: {} articles, {} rejected", origin, result.format(), articles, rejected);
    return new InputOutcome(index, total, origin, result.format(), articles, rejected);
  }

  /** Publishes one draft; a draft that cannot become an event (a bug) becomes an INTERNAL_ERROR dead letter. */
  private boolean publishDraft(ArticleDraft draft, RawInput raw, RunTally tally) {
    NewsArticle article;
    try {
      article = assembler.assemble(draft, raw.origin());
    } catch (RuntimeException e) {
      LOG.error("cannot assemble an article from {}", raw.origin(), e);
      tally.rejected(draft.format(), RejectReason.INTERNAL_ERROR);
      publisher.reject(rejections.of(raw.origin(),
          ParseFailure.of(RejectReason.INTERNAL_ERROR, "cannot assemble article: " + e, e), raw.bytes()));
      return false;
    }
    publisher.publish(article);
    tally.article(draft.format());
    return true;
  }
}
