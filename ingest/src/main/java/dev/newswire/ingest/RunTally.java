package dev.newswire.ingest;

import dev.newswire.ingest.format.RejectReason;
import dev.newswire.schemas.InputFormat;
import java.util.EnumMap;
import java.util.Map;

/** Counts of one run as it goes; confined to the ingesting thread. */
final class RunTally {

  private long inputs;
  private long duplicates;
  private final Map<InputFormat, Long> articlesByFormat = new EnumMap<>(InputFormat.class);
  private final Map<InputFormat, Long> rejectedByFormat = new EnumMap<>(InputFormat.class);
  private final Map<RejectReason, Long> rejectedByReason = new EnumMap<>(RejectReason.class);

  void input() {
    inputs++;
  }

  void article(InputFormat format) {
    articlesByFormat.merge(format, 1L, Long::sum);
  }

  void duplicate() {
    duplicates++;
  }

  /** Counts one input's report. */
  void report(IntakeReport report) {
    input();
    for (int i = 0; i < report.published(); i++) {
      article(report.format());
    }
    for (int i = 0; i < report.duplicates(); i++) {
      duplicate();
    }
    report.failures().forEach(failure -> rejected(report.format(), failure.reason()));
  }

  void rejected(InputFormat format, RejectReason reason) {
    rejectedByFormat.merge(format, 1L, Long::sum);
    rejectedByReason.merge(reason, 1L, Long::sum);
  }

  IngestSummary summary(PublishStats published, String lastSendFailure) {
    long articles = articlesByFormat.values().stream().mapToLong(Long::longValue).sum();
    long rejected = rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
    return new IngestSummary(inputs, articles, published.articlesAcknowledged(), rejected,
        published.deadLettersAcknowledged(), published.failures(), articlesByFormat, rejectedByFormat,
        rejectedByReason, published.failures() == 0 ? null : lastSendFailure, duplicates);
  }
}
