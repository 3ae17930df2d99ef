package dev.newswire.enrich.errors;

/** The dead-letter reason codes and stage name that enrich writes into {@code DeadLetter}. */
public final class Reasons {

  /** {@code DeadLetter.stage} of everything enrich rejects. */
  public static final String STAGE = "enrich";

  /** The raw record's bytes are not a NewsArticle this build can read. */
  public static final String UNDECODABLE_RECORD = "UNDECODABLE_RECORD";
  /** The record has no value (a tombstone). */
  public static final String NULL_VALUE = "NULL_VALUE";
  /** The article has no body text to enrich. */
  public static final String EMPTY_ARTICLE = "EMPTY_ARTICLE";

  /** Headline, standfirst or body holds a control character other than tab, line feed, form feed, CR. */
  public static final String INVALID_TEXT = "INVALID_TEXT";

  /** The article's text is longer than enrich takes ({@code ArticleEnricher.MAX_TEXT_CHARS}). */
  public static final String TOO_LARGE = "TOO_LARGE";
  /** The enriched article is bigger than the producer may send ({@code max.request.size}). */
  public static final String OUTPUT_TOO_LARGE = "OUTPUT_TOO_LARGE";
  /** The enriched article could not be serialized or was refused by Kafka for good. */
  public static final String OUTPUT_FAILED = "OUTPUT_FAILED";
  /** Enrichment threw on this article. */
  public static final String ENRICH_FAILED = "ENRICH_FAILED";

  private Reasons() {}
}
