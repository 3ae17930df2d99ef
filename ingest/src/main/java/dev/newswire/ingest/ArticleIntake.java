package dev.newswire.ingest;

import dev.newswire.ingest.dedup.ArticleLedger;
import dev.newswire.ingest.dedup.LedgerDecision;
import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.FormatDetector;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.ingest.language.LanguageGuesser;
import dev.newswire.ingest.language.LinguaLanguageGuesser;
import dev.newswire.ingest.source.UnreadableInputException;
import dev.newswire.schemas.InputFormat;
import dev.newswire.schemas.NewsArticle;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one input from any source (file, watched folder, feed, HTTP request, stdin) to Kafka: in goes
 * a {@link RawInput}; it is parsed by the {@link FormatDetector}, each article assembled, checked
 * against the article size limit (TOO_LARGE), looked up in the {@link ArticleLedger} (a duplicate is
 * skipped, a changed article gets the next version under the same id) and published to the raw topic
 * (key: article id, value: {@code NewsArticle}); each failure becomes exactly one dead letter. Out comes
 * an {@link IntakeReport}. Thread-safe when the publisher and ledger are (the standard ones are), so
 * the watcher, feed poller and HTTP endpoint can share one intake.
 */
public final class ArticleIntake {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleIntake.class);

  private final ArticlePublisher publisher;
  private final FormatDetector formats;
  private final ArticleAssembler assembler;
  private final Rejections rejections;
  private final ArticleLedger ledger;

  private ArticleIntake(Builder builder) {
    this.publisher = builder.publisher;
    this.formats = builder.formats;
    this.assembler = new ArticleAssembler(builder.clock, builder.languages);
    this.rejections = new Rejections(builder.clock);
    this.ledger = builder.ledger;
  }

  /** An intake with Lingua language guesses and no ledger, until the builder says otherwise. */
  public static Builder builder(ArticlePublisher publisher, FormatDetector formats, Clock clock) {
    return new Builder(publisher, formats, clock);
  }

  public ArticlePublisher publisher() {
    return publisher;
  }

  public FormatLimits limits() {
    return formats.limits();
  }

  /** Parses and publishes one input. */
  public IntakeReport take(RawInput raw) {
    return take(raw, null);
  }

  /** Parses one input with only the named formats (null: all) and publishes it. */
  public IntakeReport take(RawInput raw, java.util.Set<String> formatNames) {
    ParseResult result = formats.parse(raw, formatNames);
    IngestMetrics metrics = publisher.metrics();
    metrics.inputRead();
    if (!result.articles().isEmpty()) {
      metrics.articlesRead(result.format().name(), result.articles().size());
    }
    List<IntakeReport.IntakeArticle> articles = new ArrayList<>();
    List<ParseFailure> failures = new ArrayList<>();
    List<CompletableFuture<Void>> sends = new ArrayList<>();
    for (ArticleDraft draft : result.articles()) {
      publishDraft(draft, raw, articles, failures, sends);
    }
    failures.addAll(result.failures());
    for (ParseFailure failure : result.failures()) {
      LOG.warn("rejected {}: {} {}", raw.origin(), failure.reason(), failure.message());
      sends.add(publisher.reject(rejections.of(raw.origin(), failure, raw.bytes())));
    }
    return new IntakeReport(raw.origin(), result.format(), articles, failures, all(sends));
  }

  /** Sends the dead letter of an input that could not be read. */
  public IntakeReport reject(String origin, UnreadableInputException error) {
    publisher.metrics().inputRead();
    LOG.warn("rejected {}: {} {}", origin, error.reason(), error.getMessage());
    CompletableFuture<Void> sent = publisher.reject(rejections.of(origin, error));
    ParseFailure failure = new ParseFailure(error.reason(), error.getMessage(), error.getClass().getName(), null);
    return new IntakeReport(origin, InputFormat.UNKNOWN, List.of(), List.of(failure), sent);
  }

  /** Sends the dead letter of an input refused before parsing (an unsupported media type, say). */
  public IntakeReport reject(String origin, ParseFailure failure, byte[] original) {
    publisher.metrics().inputRead();
    LOG.warn("rejected {}: {} {}", origin, failure.reason(), failure.message());
    CompletableFuture<Void> sent = publisher.reject(rejections.of(origin, failure, original));
    return new IntakeReport(origin, InputFormat.UNKNOWN, List.of(), List.of(failure), sent);
  }

  private void publishDraft(ArticleDraft draft, RawInput raw, List<IntakeReport.IntakeArticle> articles,
      List<ParseFailure> failures, List<CompletableFuture<Void>> sends) {
    NewsArticle article;
    try {
      article = assembler.assemble(draft, raw.origin());
    } catch (RuntimeException e) {
      LOG.error("cannot assemble an article from {}", raw.origin(), e);
      fail(raw, ParseFailure.of(RejectReason.INTERNAL_ERROR, "cannot assemble article: " + e, e), failures, sends);
      return;
    }
    ParseFailure tooLarge = sizeCheck(article);
    if (tooLarge != null) {
      fail(raw, tooLarge, failures, sends);
      return;
    }
    LedgerDecision decision = ledger.decide(article);
    articles.add(new IntakeReport.IntakeArticle(decision.articleId(), decision.version(), !decision.publish()));
    if (!decision.publish()) {
      publisher.metrics().duplicateSkipped();
      LOG.debug("skipped {} from {}: already published as version {}", decision.articleId(), raw.origin(),
          decision.version());
      return;
    }
    article.setId(decision.articleId());
    article.setVersion(decision.version());
    CompletableFuture<Void> sent = publisher.publish(article);
    sent.whenComplete((ok, error) -> {
      if (error == null) {
        ledger.published(decision);
      } else {
        ledger.failed(decision);
      }
    });
    sends.add(sent);
  }

  private void fail(RawInput raw, ParseFailure failure, List<ParseFailure> failures,
      List<CompletableFuture<Void>> sends) {
    LOG.warn("rejected {}: {} {}", raw.origin(), failure.reason(), failure.message());
    failures.add(failure);
    sends.add(publisher.reject(rejections.of(raw.origin(), failure, raw.bytes())));
  }

  private ParseFailure sizeCheck(NewsArticle article) {
    long size = utf8(article.getHeadline()) + utf8(article.getStandfirst()) + utf8(article.getBody());
    int limit = formats.limits().maxArticleBytes();
    return size <= limit ? null : ParseFailure.of(RejectReason.TOO_LARGE,
        "article text is " + size + " bytes; the limit is " + limit);
  }

  private static long utf8(String text) {
    return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static CompletableFuture<Void> all(List<CompletableFuture<Void>> sends) {
    return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
  }

  /** Builds an intake; the publisher, detector and clock are required, the rest has defaults. */
  public static final class Builder {
    private final ArticlePublisher publisher;
    private final FormatDetector formats;
    private final Clock clock;
    private LanguageGuesser languages;
    private ArticleLedger ledger = ArticleLedger.none();

    private Builder(ArticlePublisher publisher, FormatDetector formats, Clock clock) {
      this.publisher = publisher;
      this.formats = formats;
      this.clock = clock;
    }

    /** Guesses the language of articles that do not state it (default: Lingua, loaded on first use). */
    public Builder languages(LanguageGuesser value) {
      this.languages = value;
      return this;
    }

    /** Remembers what was published (default: nothing; every article is new). */
    public Builder ledger(ArticleLedger value) {
      this.ledger = value;
      return this;
    }

    public ArticleIntake build() {
      if (languages == null) {
        languages = new LinguaLanguageGuesser();
      }
      return new ArticleIntake(this);
    }
  }
}
