package dev.newswire.ingest;

import dev.newswire.ingest.format.FormatDetector;
import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.ingest.source.InputItem;
import dev.newswire.ingest.source.InputPaths;
import dev.newswire.ingest.source.UnreadableInputException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bulk ingest run: in go paths (files, folders, "-" for stdin) or {@link InputItem}s; each input is
 * read and handed to the {@link ArticleIntake}, which publishes its articles ({@code NewsArticle}, key:
 * article id) and one {@code DeadLetter} per failure; one bad input never stops the run. At the end the
 * publisher is flushed and an {@link IngestSummary} tells what happened, including send failures. An
 * input that parses but holds no article (an RSS feed without items) is one NO_ARTICLES dead letter.
 * Not thread-safe: one run at a time.
 */
public final class Ingester {

  private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

  private final ArticleIntake intake;
  private final InputPaths paths;

  /**
   * An ingester without a ledger (every article is published) and with Lingua language guesses.
   *
   * @param stdin what "-" reads; the ingester does not close it
   */
  public Ingester(ArticlePublisher publisher, FormatDetector formats, Clock clock, InputStream stdin) {
    this(ArticleIntake.builder(publisher, formats, clock).build(), stdin);
  }

  /** @param stdin what "-" reads; the ingester does not close it */
  public Ingester(ArticleIntake intake, InputStream stdin) {
    this.intake = intake;
    this.paths = new InputPaths(stdin);
  }

  public IngestSummary ingest(List<String> arguments) {
    return ingest(arguments, ProgressListener.NONE);
  }

  public IngestSummary ingest(List<String> arguments, ProgressListener progress) {
    return ingestItems(paths.expand(arguments), progress);
  }

  /** Ingests inputs from any source, in order, then flushes and summarises. */
  public IngestSummary ingestItems(List<? extends InputItem> items, ProgressListener progress) {
    ArticlePublisher publisher = intake.publisher();
    PublishStats before = publisher.stats();
    RunTally tally = new RunTally();
    progress.started(items.size());
    for (int i = 0; i < items.size(); i++) {
      IntakeReport report = ingestOne(items.get(i));
      tally.report(report);
      progress.inputDone(new InputOutcome(i + 1, items.size(), report.origin(), report.format(),
          report.published(), report.failures().size()));
    }
    publisher.flush();
    IngestSummary summary = tally.summary(publisher.stats().since(before), publisher.lastFailure());
    LOG.info("ingest done: {} inputs, {} articles published, {} duplicates skipped, {} rejected, {} send failures",
        summary.inputs(), summary.articlesPublished(), summary.duplicatesSkipped(), summary.rejected(),
        summary.sendFailures());
    return summary;
  }

  /** Reads and takes one input; also used by the watcher. */
  IntakeReport ingestOne(InputItem item) {
    RawInput raw;
    try {
      raw = item.read(intake.limits().maxInputBytes());
    } catch (UnreadableInputException e) {
      return intake.reject(item.origin(), e);
    }
    IntakeReport report = intake.take(raw);
    if (report.articles().isEmpty() && report.failures().isEmpty()) {
      // A file that yields neither an article nor a failure would otherwise vanish without a trace.
      report = intake.reject(raw.origin(), ParseFailure.of(RejectReason.NO_ARTICLES,
          "the " + report.format() + " input holds no article"), raw.bytes());
    }
    LOG.info("read {} as {}: {} articles published, {} duplicates, {} rejected", report.origin(), report.format(),
        report.published(), report.duplicates(), report.failures().size());
    return report;
  }
}
