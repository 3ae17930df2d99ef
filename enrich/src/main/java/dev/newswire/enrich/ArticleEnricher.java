package dev.newswire.enrich;

import dev.newswire.enrich.entity.EntityExtractor;
import dev.newswire.enrich.entity.LinkRanker;
import dev.newswire.enrich.errors.RejectedArticleException;
import dev.newswire.enrich.link.LinkCounts;
import dev.newswire.enrich.ner.ArticleNer;
import dev.newswire.enrich.link.EmptyKbIndex;
import dev.newswire.enrich.link.KbIndex;
import dev.newswire.enrich.link.KbOverrides;
import dev.newswire.enrich.link.LayeredLinker;
import dev.newswire.enrich.link.OverrideSource;
import dev.newswire.enrich.ner.ArticleText;
import dev.newswire.enrich.ner.KnownNames;
import dev.newswire.enrich.ner.NerEngine;
import dev.newswire.enrich.ner.RawMention;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EnrichmentInfo;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.TopicKind;
import dev.newswire.schemas.TopicLink;
import dev.newswire.schemas.serde.AvroTrust;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * NewsArticle in, EnrichedArticle out: every article field copied, entities from NER and the knowledge
 * base ({@link ArticleNer}, {@link EntityExtractor}, linked through a {@link LayeredLinker} of live
 * overrides, curated overrides and the index), one ENTITY topic per entity whose salience reaches the
 * threshold, no related articles yet, and an {@link EnrichmentInfo} saying how. Without an index and
 * curated table only live overrides link, and {@code linkerIndex} stays null. Thread-safe when its
 * engine and index are; holds no per-article state.
 */
public final class ArticleEnricher {

  /** Entities at least this salient become topics of the article. */
  public static final double DEFAULT_TOPIC_MIN_SALIENCE = 0.4;

  /** Longest text (headline, standfirst and body, in chars) enrich takes: ingest's 1 MiB article limit. */
  public static final int MAX_TEXT_CHARS = ArticleChecks.MAX_TEXT_CHARS;

  private final ArticleNer ner;
  private final LinkCounts counts;
  private final LinkRanker ranker;
  private final KbOverrides curated;
  private final KbIndex index;
  private final Clock clock;
  private final String pipelineVersion;
  private final double topicMinSalience;

  /** No knowledge base; the pipeline version from the jar manifest and the default topic threshold. */
  public ArticleEnricher(NerEngine engine, Clock clock) {
    this(engine, clock, PipelineVersion.of(ArticleEnricher.class), DEFAULT_TOPIC_MIN_SALIENCE);
  }

  /** No knowledge base. */
  public ArticleEnricher(NerEngine engine, Clock clock, String pipelineVersion, double topicMinSalience) {
    this(engine, KbOverrides.of(List.of()), EmptyKbIndex.INSTANCE, clock, pipelineVersion, topicMinSalience);
  }

  /** Links through {@code curated} and {@code index}; version from the manifest, default threshold. */
  public ArticleEnricher(NerEngine engine, KbOverrides curated, KbIndex index, Clock clock) {
    this(engine, curated, index, clock, PipelineVersion.of(ArticleEnricher.class), DEFAULT_TOPIC_MIN_SALIENCE);
  }

  /** Links through {@code curated} and {@code index} (the caller owns and closes the index). */
  public ArticleEnricher(NerEngine engine, KbOverrides curated, KbIndex index, Clock clock, String pipelineVersion,
      double topicMinSalience) {
    this.ner = new ArticleNer(Objects.requireNonNull(engine, "engine"));
    this.curated = Objects.requireNonNull(curated, "curated");
    this.index = Objects.requireNonNull(index, "index");
    // how annotators linked names is part of the knowledge base: without the index, none of it
    this.counts = index == EmptyKbIndex.INSTANCE ? LinkCounts.none() : LinkCounts.shipped();
    this.ranker = index == EmptyKbIndex.INSTANCE ? LinkRanker.none() : LinkRanker.shipped();
    this.clock = Objects.requireNonNull(clock, "clock");
    this.pipelineVersion = Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    if (!(topicMinSalience >= 0.0 && topicMinSalience <= 1.0)) {
      throw new IllegalArgumentException("topicMinSalience must be in [0, 1]: " + topicMinSalience);
    }
    this.topicMinSalience = topicMinSalience;
    AvroTrust.ensureInstalled(); // the generated builders load our classes through Avro's class check
  }

  /** {@link #enrich(NewsArticle, OverrideSource)} without live overrides. */
  public EnrichedArticle enrich(NewsArticle article) {
    return enrich(article, OverrideSource.NONE);
  }

  /**
   * Enriches one article, consulting {@code live} overrides before the curated table and the index.
   *
   * @throws RejectedArticleException with reason EMPTY_ARTICLE when the body is blank, TOO_LARGE when
   *     the text is longer than {@link #MAX_TEXT_CHARS}, INVALID_TEXT when it holds control characters
   *     ({@link ArticleChecks})
   */
  public EnrichedArticle enrich(NewsArticle article, OverrideSource live) {
    return enrich(article, live, EnrichMetrics.NONE);
  }

  /**
   * {@link #enrich(NewsArticle, OverrideSource)}, reporting the time spent in NER to {@code metrics}.
   *
   * @throws RejectedArticleException as {@link #enrich(NewsArticle, OverrideSource)} does
   */
  public EnrichedArticle enrich(NewsArticle article, OverrideSource live, EnrichMetrics metrics) {
    ArticleChecks.check(article);
    Instant started = clock.instant();
    LayeredLinker linker = new LayeredLinker(Objects.requireNonNull(live, "live"), curated, index);
    KnownNames names = new KnownNames(linker, counts);
    ArticleText text = ArticleText.of(article);
    long nerStarted = System.nanoTime();
    List<RawMention> mentions = ner.mentions(text, names);
    metrics.nerTime(System.nanoTime() - nerStarted);
    List<Entity> entities = EntityExtractor.extract(mentions, text, names, ranker);
    Instant finished = clock.instant();
    return copyOf(article)
        .setEntities(entities)
        .setTopics(topicsOf(entities))
        .setRelated(List.of())
        .setEnrichment(info(started, finished, index == EmptyKbIndex.INSTANCE ? null : linker.indexVersion()))
        .build();
  }

  /** The clock enrichment times (and dead-letter times) are read from. */
  public Clock clock() {
    return clock;
  }

  private List<TopicLink> topicsOf(List<Entity> entities) {
    List<TopicLink> topics = new ArrayList<>();
    for (Entity entity : entities) {
      if (entity.getSalience() >= topicMinSalience) {
        topics.add(TopicLink.newBuilder()
            .setLabel(entity.getName())
            .setEntityId(entity.getId())
            .setKbId(entity.getKbId())
            .setKbUrl(entity.getKbUrl())
            .setScore(entity.getSalience())
            .setKind(TopicKind.ENTITY)
            .build());
      }
    }
    return topics;
  }

  private EnrichmentInfo info(Instant started, Instant finished, String linkerIndex) {
    return EnrichmentInfo.newBuilder()
        .setPipelineVersion(pipelineVersion)
        .setModels(ner.engine().models())
        .setLinkerIndex(linkerIndex)
        .setEnrichedAt(finished)
        .setProcessingMillis(Math.max(0, Duration.between(started, finished).toMillis()))
        .build();
  }

  private static EnrichedArticle.Builder copyOf(NewsArticle article) {
    return EnrichedArticle.newBuilder()
        .setId(article.getId())
        .setSourceId(article.getSourceId())
        .setSource(article.getSource())
        .setUrl(article.getUrl())
        .setHeadline(article.getHeadline())
        .setStandfirst(article.getStandfirst())
        .setBody(article.getBody())
        .setSection(article.getSection())
        .setAuthors(article.getAuthors())
        .setLanguage(article.getLanguage())
        .setPublishedAt(article.getPublishedAt())
        .setIngestedAt(article.getIngestedAt())
        .setContentHash(article.getContentHash())
        .setInputFormat(article.getInputFormat())
        .setVersion(article.getVersion())
        .setFeedTags(article.getFeedTags())
        .setDateline(article.getDateline());
  }
}
