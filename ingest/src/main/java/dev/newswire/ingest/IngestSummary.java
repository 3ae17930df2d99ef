package dev.newswire.ingest;

import dev.newswire.ingest.format.RejectReason;
import dev.newswire.schemas.InputFormat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one ingest run did.
 *
 * @param inputs inputs (files, stdin) taken in hand, readable or not
 * @param articlesRead articles read from them and handed to the producer
 * @param articlesPublished articles the broker acknowledged
 * @param rejected dead letters created: unreadable inputs and bad records
 * @param deadLettersPublished dead letters the broker acknowledged
 * @param sendFailures sends that failed (articles and dead letters); any makes {@link #exitCode()} 1
 * @param articlesByFormat articles read, per input format
 * @param rejectedByFormat dead letters, per input format (UNKNOWN when rejected before a format was chosen)
 * @param rejectedByReason dead letters, per reason
 * @param lastSendFailure the latest send error, or null
 * @param duplicatesSkipped articles not published because this ingester had published them already
 */
public record IngestSummary(
    long inputs,
    long articlesRead,
    long articlesPublished,
    long rejected,
    long deadLettersPublished,
    long sendFailures,
    Map<InputFormat, Long> articlesByFormat,
    Map<InputFormat, Long> rejectedByFormat,
    Map<RejectReason, Long> rejectedByReason,
    String lastSendFailure,
    long duplicatesSkipped) {

  public IngestSummary {
    articlesByFormat = frozen(articlesByFormat, InputFormat.class);
    rejectedByFormat = frozen(rejectedByFormat, InputFormat.class);
    rejectedByReason = frozen(rejectedByReason, RejectReason.class);
  }

  /** True when nothing was lost: every record sent was acknowledged. Rejected input is not a loss. */
  public boolean succeeded() {
    return sendFailures == 0;
  }

  /** 0 when {@link #succeeded()}, else 1. */
  public int exitCode() {
    return succeeded() ? 0 : 1;
  }

  private static <E extends Enum<E>> Map<E, Long> frozen(Map<E, Long> counts, Class<E> type) {
    EnumMap<E, Long> copy = new EnumMap<>(type);
    copy.putAll(counts);
    return Collections.unmodifiableMap(copy);
  }
}
