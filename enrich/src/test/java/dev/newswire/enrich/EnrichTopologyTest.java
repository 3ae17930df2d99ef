package dev.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.newswire.enrich.errors.Reasons;
import dev.newswire.enrich.ner.NerEngine;
import dev.newswire.enrich.ner.RawMention;
import dev.newswire.enrich.testing.Articles;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.EntityType;
import dev.newswire.schemas.Mention;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.TopicLink;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import dev.newswire.schemas.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  private final ArticleSerdes serdes = ArticleSerdes.create();
  private final Topics topics = Topics.of(TopicNames.defaults(), serdes);
  // no sequencing delay (SequenceBufferTest covers it): each test reads its article as soon as it is piped
  private final EnrichConfig config = EnrichConfig.from(Map.of("bootstrap.servers", "unused:9092",
      "newswire.related.sequence.quiet.ms", "0"));
  /**
   * TopologyTestDriver drops a dead letter that a deserialization handler sends under exactly-once
   * when no record is processed in the same pipe (its mock producer is cleared before the transaction
   * commits); a real client commits it with the next transaction. Dead-letter tests of the handler
   * therefore run at-least-once here.
   */
  private final EnrichConfig atLeastOnce = EnrichConfig.from(
      Map.of("bootstrap.servers", "unused:9092", "processing.guarantee", "at_least_once",
          "newswire.related.sequence.quiet.ms", "0"));
  private TopologyTestDriver driver;
  private TestInputTopic<String, NewsArticle> raw;
  private TestInputTopic<String, byte[]> rawBytes;
  private TestOutputTopic<String, EnrichedArticle> enriched;
  private TestOutputTopic<String, DeadLetter> deadLetters;
  private TestInputTopic<String, byte[]> overrides;

  private void start(NerEngine engine) {
    start(engine, config);
  }

  private void start(NerEngine engine, EnrichConfig settings) {
    start(engine, settings, EnrichMetrics.NONE);
  }

  private void start(NerEngine engine, EnrichConfig settings, EnrichMetrics metrics) {
    ArticleEnricher enricher = new ArticleEnricher(engine, Clock.fixed(NOW, ZoneOffset.UTC), "test", 0.4);
    java.util.Properties properties = settings.streamsProperties();
    properties.put(EnrichMetrics.STREAMS_CONFIG_KEY, metrics);
    driver = new TopologyTestDriver(EnrichTopology.build(settings, topics, enricher, metrics), properties);
    raw = driver.createInputTopic(topics.raw().name(), new StringSerializer(), serdes.newsArticle());
    rawBytes = driver.createInputTopic(topics.raw().name(), new StringSerializer(), new ByteArraySerializer());
    enriched = driver.createOutputTopic(topics.enriched().name(), new StringDeserializer(), serdes.enrichedArticle());
    deadLetters = driver.createOutputTopic(topics.deadLetters().name(), new StringDeserializer(), serdes.deadLetter());
    overrides = driver.createInputTopic(settings.overridesTopic(), new StringSerializer(), new ByteArraySerializer());
  }

  @AfterEach
  void closeDriver() {
    if (driver != null) {
      driver.close();
    }
  }

  @Test
  void shouldEnrichArticleWithExactEntities() {
    start(Articles.engine());

    raw.pipeInput("a-1", Articles.summit("a-1"));

    EnrichedArticle out = enriched.readKeyValue().value;
    assertThat(out.getEntities()).extracting(Entity::getName, Entity::getType, Entity::getSalience).containsExactly(
        tuple("Vladimir Putin", EntityType.PERSON, 1.0),
        tuple("Kim Jong Un", EntityType.PERSON, 0.7313),
        tuple("Moscow", EntityType.LOCATION, 0.7205),
        tuple("North Korea", EntityType.LOCATION, 0.3224));
    assertThat(out.getEntities().get(0).getMentions()).containsExactly(
        new Mention("headline", 0, 5, "Putin"), new Mention("standfirst", 18, 32, "Vladimir Putin"),
        new Mention("body", 0, 14, "Vladimir Putin"), new Mention("body", 53, 58, "Putin"));
    assertThat(out.getEntities()).extracting(Entity::getId, Entity::getKbId)
        .containsExactly(tuple("e-e06ea338ab17e2aa", null), tuple("e-308ba2414aa2a3f7", null),
            tuple(dev.newswire.enrich.entity.EntityIds.of(EntityType.LOCATION, "Moscow"), null),
            tuple(dev.newswire.enrich.entity.EntityIds.of(EntityType.LOCATION, "North Korea"), null));
    assertThat(out.getTopics()).extracting(TopicLink::getLabel, TopicLink::getScore)
        .containsExactly(tuple("Vladimir Putin", 1.0), tuple("Kim Jong Un", 0.7313), tuple("Moscow", 0.7205));
    assertThat(out.getRelated()).isEmpty();
  }

  @Test
  void shouldCopyEveryArticleFieldAndRecordHowItWasEnriched() {
    start(Articles.engine());
    NewsArticle in = Articles.summit("a-1");

    raw.pipeInput("a-1", in);

    var record = enriched.readKeyValue();
    assertThat(record.key).isEqualTo("a-1");
    EnrichedArticle out = record.value;
    assertThat(List.of(out.getId(), out.getSourceId(), out.getSource(), out.getUrl(), out.getHeadline(),
        out.getStandfirst(), out.getBody(), out.getSection(), out.getAuthors(), out.getLanguage(),
        out.getPublishedAt(), out.getIngestedAt(), out.getContentHash(), out.getInputFormat(), out.getVersion(),
        out.getFeedTags()))
        .isEqualTo(List.of(in.getId(), in.getSourceId(), in.getSource(), in.getUrl(), in.getHeadline(),
            in.getStandfirst(), in.getBody(), in.getSection(), in.getAuthors(), in.getLanguage(),
            in.getPublishedAt(), in.getIngestedAt(), in.getContentHash(), in.getInputFormat(), in.getVersion(),
            in.getFeedTags()));
    assertThat(out.getEnrichment().getPipelineVersion()).isEqualTo("test");
    assertThat(out.getEnrichment().getModels()).containsExactly("fake-ner");
    assertThat(out.getEnrichment().getLinkerIndex()).isNull();
    assertThat(out.getEnrichment().getEnrichedAt()).isEqualTo(NOW);
    assertThat(out.getEnrichment().getProcessingMillis()).isZero();
  }

  @Test
  void shouldKeyEnrichedArticleByArticleId() {
    start(Articles.engine());

    raw.pipeInput("some-other-key", Articles.summit("a-7"));

    assertThat(enriched.readKeyValue().key).isEqualTo("a-7");
  }

  @Test
  void shouldSendUndecodableRecordToDeadLetterTopic() {
    start(Articles.engine(), atLeastOnce);
    byte[] garbage = "\u00c3\u0001 not avro at all".getBytes(StandardCharsets.ISO_8859_1);

    rawBytes.pipeInput("bad-1", garbage);
    raw.pipeInput("a-2", Articles.summit("a-2"));

    var letter = deadLetters.readKeyValue();
    assertThat(letter.key).isEqualTo("bad-1");
    assertThat(letter.value.getReason()).isEqualTo(Reasons.UNDECODABLE_RECORD);
    assertThat(letter.value.getStage()).isEqualTo("enrich");
    assertThat(letter.value.getSourceTopic()).isEqualTo("news.articles.raw");
    assertThat(letter.value.getPartition()).isZero();
    assertThat(letter.value.getOffset()).isZero();
    assertThat(letter.value.getKey()).isEqualTo("bad-1");
    assertThat(bytes(letter.value)).isEqualTo(garbage);
    assertThat(letter.value.getOriginalSize()).isEqualTo(garbage.length);
    assertThat(deadLetters.isEmpty()).isTrue();
    assertThat(enriched.readKeyValuesToList()).singleElement()
        .satisfies(kv -> assertThat(kv.value.getEntities()).hasSize(4));
  }

  @Test
  void shouldSendNullValueToDeadLetterTopic() {
    start(Articles.engine());

    raw.pipeInput("a-3", (NewsArticle) null);

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.getReason()).isEqualTo(Reasons.NULL_VALUE);
    assertThat(letter.getKey()).isEqualTo("a-3");
    assertThat(letter.getOriginalBytes()).isNull();
    assertThat(letter.getTimestamp()).isEqualTo(NOW);
    assertThat(enriched.isEmpty()).isTrue();
  }

  @Test
  void shouldSendEmptyArticleToDeadLetterTopic() {
    start(Articles.engine());
    NewsArticle empty = Articles.article("a-4", "Putin meets Kim", null, "  \n ");

    raw.pipeInput("a-4", Articles.summit("a-0"));
    raw.pipeInput("a-4", empty);

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.getReason()).isEqualTo(Reasons.EMPTY_ARTICLE);
    assertThat(letter.getOffset()).isEqualTo(1L);
    assertThat(letter.getErrorMessage()).isEqualTo("article a-4 has an empty body");
    assertThat(serdes.newsArticle().decode(bytes(letter))).isEqualTo(empty);
    assertThat(enriched.readKeyValuesToList()).hasSize(1);
  }

  @Test
  void shouldSendOversizeArticleToDeadLetterTopicAndEnrichTheNextOne() {
    start(Articles.engine());
    NewsArticle huge = Articles.article("a-5", "Putin meets Kim", null, "Putin. ".repeat(160_000));

    raw.pipeInput("a-5", huge);
    raw.pipeInput("a-6", Articles.summit("a-6"));

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.getReason()).isEqualTo(Reasons.TOO_LARGE);
    assertThat(letter.getOffset()).isEqualTo(0L);
    assertThat(letter.getErrorMessage()).isEqualTo("article a-5 has 1120015 chars of text, more than the 1048576 enrich takes");
    assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a-6");
  }

  @Test
  void shouldSendArticleThatBreaksEnrichmentToDeadLetterTopicAndGoOn() {
    NerEngine failing = new NerEngine() {
      @Override
      public List<RawMention> recognize(String field, String text) {
        if (text.contains("boom")) {
          throw new IllegalStateException("tagger broke on this text");
        }
        return Articles.engine().recognize(field, text);
      }

      @Override
      public List<String> models() {
        return List.of("failing");
      }
    };
    start(failing);

    raw.pipeInput("a-5", Articles.article("a-5", "Headline", null, "boom"));
    raw.pipeInput("a-6", Articles.summit("a-6"));

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.getReason()).isEqualTo(Reasons.ENRICH_FAILED);
    assertThat(letter.getErrorClass()).isEqualTo(IllegalStateException.class.getName());
    assertThat(letter.getErrorMessage()).isEqualTo("tagger broke on this text");
    assertThat(enriched.readKeyValue().key).isEqualTo("a-6");
  }

  @Test
  void shouldFailRatherThanDeadLetterWhenTheJvmIsOutOfMemory() {
    NerEngine exhausted = new NerEngine() {
      @Override
      public List<RawMention> recognize(String field, String text) {
        throw new OutOfMemoryError("simulated");
      }

      @Override
      public List<String> models() {
        return List.of();
      }
    };
    start(exhausted);

    assertThatThrownBy(() -> raw.pipeInput("a-8", Articles.summit("a-8")))
        .hasStackTraceContaining("OutOfMemoryError: simulated");
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void shouldLinkWithALiveOverridePublishedBeforeTheArticle() {
    start(Articles.engine());
    raw.pipeInput("a-1", Articles.summit("a-1"));

    overrides.pipeInput("North Korea", json("{\"title\": \"North_Korea\", \"type\": \"LOCATION\", \"subtype\": \"COUNTRY\"}"));
    raw.pipeInput("a-2", Articles.summit("a-2"));

    List<EnrichedArticle> out = enriched.readValuesToList();
    assertThat(entity(out.get(0), "North Korea").getKbId()).as("before the override").isNull();
    Entity linked = entity(out.get(1), "North Korea");
    assertThat(linked.getKbId()).isEqualTo("North_Korea");
    assertThat(linked.getKbUrl()).isEqualTo("https://en.wikipedia.org/wiki/North_Korea");
  }

  @Test
  void shouldStopUsingALiveOverrideAfterItsTombstone() {
    start(Articles.engine());
    overrides.pipeInput("Moscow", json("{\"title\": \"Moscow\", \"type\": \"LOCATION\", \"subtype\": \"CITY\"}"));
    raw.pipeInput("a-1", Articles.summit("a-1"));

    overrides.pipeInput("Moscow", (byte[]) null);
    raw.pipeInput("a-2", Articles.summit("a-2"));

    List<EnrichedArticle> out = enriched.readValuesToList();
    assertThat(entity(out.get(0), "Moscow").getKbId()).isEqualTo("Moscow");
    assertThat(entity(out.get(1), "Moscow").getKbId()).isNull();
  }

  @Test
  void shouldSkipABadOverrideAndKeepEnriching() {
    start(Articles.engine());

    overrides.pipeInput("Moscow", json("{\"title\": \"Moscow Kremlin\"}"));
    overrides.pipeInput("Kim Jong Un", json("{\"title\": \"Kim_Jong_Un\", \"type\": \"PERSON\"}"));
    raw.pipeInput("a-1", Articles.summit("a-1"));

    EnrichedArticle out = enriched.readValue();
    assertThat(entity(out, "Moscow").getKbId()).isNull();
    assertThat(entity(out, "Kim Jong Un").getKbId()).isEqualTo("Kim_Jong_Un");
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void shouldRejectTopicsOtherThanTheConfiguredOnes() {
    Topics other = Topics.of(TopicNames.defaults().withPrefix("x."), serdes);
    ArticleEnricher enricher = new ArticleEnricher(Articles.engine(), Clock.systemUTC());

    assertThatThrownBy(() -> EnrichTopology.build(config, other, enricher))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.news.articles.raw");
  }

  private static Entity entity(EnrichedArticle article, String name) {
    return article.getEntities().stream().filter(e -> e.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + article.getId()));
  }

  private static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void shouldReportEveryRecordInEachArticleOutAndEachDeadLetterByReason() {
    CountingMetrics metrics = new CountingMetrics();
    start(Articles.engine(), atLeastOnce, metrics);

    raw.pipeInput("a-1", Articles.summit("a-1"));
    raw.pipeInput("a-2", Articles.summit("a-2"));
    rawBytes.pipeInput("bad-1", "not avro".getBytes(StandardCharsets.UTF_8));
    raw.pipeInput("a-3", Articles.article("a-3", "Putin meets Kim", null, " "));
    raw.pipeInput("a-4", (NewsArticle) null);

    assertThat(enriched.readKeyValuesToList()).hasSize(2);
    assertThat(deadLetters.readKeyValuesToList()).hasSize(3);
    assertThat(metrics.recordsIn).hasValue(5);
    assertThat(metrics.enriched).hasValue(2);
    assertThat(metrics.nerTimes).hasValue(2);
    assertThat(metrics.reasons).containsExactlyInAnyOrderEntriesOf(Map.of(
        Reasons.UNDECODABLE_RECORD, 1, Reasons.EMPTY_ARTICLE, 1, Reasons.NULL_VALUE, 1));
  }

  /** Counts what the topology reports. */
  private static final class CountingMetrics implements EnrichMetrics {
    final java.util.concurrent.atomic.AtomicInteger recordsIn = new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger enriched = new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger nerTimes = new java.util.concurrent.atomic.AtomicInteger();
    final Map<String, Integer> reasons = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void recordIn() {
      recordsIn.incrementAndGet();
    }

    @Override
    public void enriched(long nanos) {
      assertThat(nanos).isNotNegative();
      enriched.incrementAndGet();
    }

    @Override
    public void deadLetter(String reason) {
      reasons.merge(reason, 1, Integer::sum);
    }

    @Override
    public void nerTime(long nanos) {
      nerTimes.incrementAndGet();
    }
  }

  private static byte[] bytes(DeadLetter letter) {
    var buffer = letter.getOriginalBytes().duplicate();
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }
}
