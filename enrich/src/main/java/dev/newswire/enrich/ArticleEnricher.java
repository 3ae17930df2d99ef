package dev.newswire.enrich;

import dev.newswire.enrich.entity.EntityExtractor;
import dev.newswire.enrich.errors.Reasons;
import dev.newswire.enrich.errors.RejectedArticleException;
import dev.newswire.enrich.ner.ArticleNer;
import dev.newswire.enrich.ner.ArticleText;
import dev.newswire.enrich.ner.NerEngine;
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
 * NewsArticle in, EnrichedArticle out: every article field copied, entities from NER
 * ({@link ArticleNer}, {@link EntityExtractor}), one ENTITY topic per entity whose salience reaches
 * the threshold, no related articles yet, and an {@link EnrichmentInfo} saying how. Thread-safe when
 * its engine is; holds no per-article state.
 */
public final class ArticleEnricher {

  /** Entities at least this salient become topics of the article. */
  public static final double DEFAULT_TOPIC_MIN_SALIENCE = 0.4;

  private final ArticleNer ner;
  private final Clock clock;
  private final String pipelineVersion;
  private final double topicMinSalience;

  /** An enricher with the pipeline version from the jar manifest and the default topic threshold. */
  public ArticleEnricher(NerEngine engine, Clock clock) {
    this(engine, clock, PipelineVersion.of(ArticleEnricher.class), DEFAULT_TOPIC_MIN_SALIENCE);
  }

  public ArticleEnricher(NerEngine engine, Clock clock, String pipelineVersion, double topicMinSalience) {
    this.ner = new ArticleNer(Objects.requireNonNull(engine, "engine"));
    this.clock = Objects.requireNonNull(clock, "clock");
    this.pipelineVersion = Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    if (!(topicMinSalience >= 0.0 && topicMinSalience <= 1.0)) {
      throw new IllegalArgumentException("topicMinSalience must be in [0, 1]: " + topicMinSalience);
    }
    this.topicMinSalience = topicMinSalience;
    AvroTrust.ensureInstalled(); // the generated builders load our classes through Avro's class check
  }

  /**
   * Enriches one article.
   *
   * @throws RejectedArticleException with reason EMPTY_ARTICLE when the body is blank
   */
  public EnrichedArticle enrich(NewsArticle article) {
    if (article.getBody() == null || article.getBody().isBlank()) {
      throw new RejectedArticleException(Reasons.EMPTY_ARTICLE, "article " + article.getId() + " has an empty body");
    }
    Instant started = clock.instant();
    ArticleText text = ArticleText.of(article);
    List<Entity> entities = EntityExtractor.extract(ner.mentions(text), text);
    Instant finished = clock.instant();
    return copyOf(article)
        .setEntities(entities)
        .setTopics(topicsOf(entities))
        .setRelated(List.of())
        .setEnrichment(info(started, finished))
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

  private EnrichmentInfo info(Instant started, Instant finished) {
    return EnrichmentInfo.newBuilder()
        .setPipelineVersion(pipelineVersion)
        .setModels(ner.engine().models())
        .setLinkerIndex(null)
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
        .setFeedTags(article.getFeedTags());
  }
}
