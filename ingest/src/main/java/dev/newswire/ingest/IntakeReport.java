package dev.newswire.ingest;

import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.schemas.InputFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What became of one input handed to {@link ArticleIntake}.
 *
 * @param origin the input's origin
 * @param format the format it was read as (UNKNOWN when rejected before one was chosen)
 * @param articles the articles read from it, published or skipped as duplicates, in input order
 * @param failures the failures, each sent as one dead letter
 * @param sent completes when every record sent for this input was acknowledged, exceptionally when
 *     any send failed
 */
public record IntakeReport(String origin, InputFormat format, List<IntakeArticle> articles,
    List<ParseFailure> failures, CompletableFuture<Void> sent) {

  public IntakeReport {
    articles = List.copyOf(articles);
    failures = List.copyOf(failures);
  }

  /** Articles handed to the producer (new ones and updates). */
  public int published() {
    return (int) articles.stream().filter(article -> !article.duplicate()).count();
  }

  /** Articles skipped because this ingester had already published them. */
  public int duplicates() {
    return (int) articles.stream().filter(IntakeArticle::duplicate).count();
  }

  /**
   * One article of the input.
   *
   * @param id the article id
   * @param version the version published, or the version already published for a duplicate
   * @param duplicate true when it was not published again
   */
  public record IntakeArticle(String id, int version, boolean duplicate) {}
}
