package dev.newswire.enrich;

import dev.newswire.enrich.overrides.LiveOverrides;
import dev.newswire.enrich.related.RelatedLinksStep;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.topic.Topic;
import dev.newswire.schemas.topic.Topics;
import java.util.Objects;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrich stream: {@code raw} (key: article id, value: NewsArticle) in; {@code enriched} (key:
 * article id, value: EnrichedArticle) and {@code deadLetters} (key: the raw record's key, value:
 * DeadLetter) out. Beside it, the compacted overrides topic (key: surface form, value: override JSON)
 * fills the global store {@value LiveOverrides#STORE}, which the enricher consults for every article
 * ({@link LiveOverrides}). Enriched articles then pass the related-links step ({@link RelatedLinksStep}:
 * a one-partition repartition topic and its stores), which adds related articles and topics and
 * publishes entity profiles to {@code entities} (key: entity id, value: EntityProfile, compacted).
 * Pure: no I/O and no model loading; the enricher comes in ready.
 */
public final class EnrichTopology {

  static final String SOURCE = "raw-articles";
  static final String ENRICH = "enrich-article";
  static final String SPLIT = "enrich-outcome-";
  static final String ENRICHED_BRANCH = "enriched";
  static final String DEAD_LETTER_BRANCH = "dead-letter";

  private EnrichTopology() {}

  /**
   * Builds the topology.
   *
   * @throws IllegalArgumentException when {@code topics} are not the topics {@code config} names
   */
  public static Topology build(EnrichConfig config, Topics topics, ArticleEnricher enricher) {
    return build(config, topics, enricher, EnrichMetrics.NONE);
  }

  /**
   * Builds the topology, reporting what passes through to {@code metrics}.
   *
   * @throws IllegalArgumentException when {@code topics} are not the topics {@code config} names
   */
  public static Topology build(EnrichConfig config, Topics topics, ArticleEnricher enricher, EnrichMetrics metrics) {
    Objects.requireNonNull(enricher, "enricher");
    Objects.requireNonNull(metrics, "metrics");
    if (!config.topicNames().equals(topics.names())) {
      throw new IllegalArgumentException("topics " + topics.names() + " differ from the configured "
          + config.topicNames() + "; build them with Topics.of(config.topicNames(), serdes)");
    }
    StreamsBuilder builder = new StreamsBuilder();
    Topic<String, NewsArticle> raw = topics.raw();
    builder.stream(raw.name(), Consumed.with(raw.keySerde(), raw.valueSerde()).withName(SOURCE))
        .processValues(() -> new EnrichProcessor(enricher, raw.valueSerde().serializer(), metrics,
            new OutputSizeCheck(topics.enriched().valueSerde().serializer(), topics.enriched().name(),
                config.maxOutputBytes())),
            Named.as(ENRICH))
        .split(Named.as(SPLIT))
        .branch((key, outcome) -> outcome.isEnriched(),
            Branched.withConsumer(stream -> toEnriched(stream, config, topics, enricher), ENRICHED_BRANCH))
        .defaultBranch(
            Branched.withConsumer(stream -> toDeadLetters(stream, topics.deadLetters()), DEAD_LETTER_BRANCH));
    // Added last so that the article stream keeps sub-topology 0 (and its task ids).
    LiveOverrides.addTo(builder, LiveOverrides.topic(config.overridesTopic()));
    return builder.build();
  }

  /** Enriched articles go through the related-links step (one partition, see RelatedLinksStep) to the output. */
  private static void toEnriched(KStream<String, EnrichOutcome> outcomes, EnrichConfig config, Topics topics,
      ArticleEnricher enricher) {
    Topic<String, EnrichedArticle> topic = topics.enriched();
    KStream<String, EnrichedArticle> enriched = outcomes
        .map((key, outcome) -> KeyValue.pair(outcome.enriched().getId(), outcome.enriched()),
            Named.as("enriched-by-article-id"));
    RelatedLinksStep.attach(enriched, config.related(), topic.keySerde(), topic.valueSerde(), topics.entities(),
            topics.stories(), enricher.clock())
        .to(topic.name(), Produced.with(topic.keySerde(), topic.valueSerde()).withName("enriched-articles"));
  }

  private static void toDeadLetters(KStream<String, EnrichOutcome> outcomes, Topic<String, DeadLetter> topic) {
    outcomes
        .mapValues(EnrichOutcome::deadLetter, Named.as("dead-letter-value"))
        .to(topic.name(), Produced.with(topic.keySerde(), topic.valueSerde()).withName("dead-letters"));
  }
}
