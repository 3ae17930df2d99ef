package dev.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newswire.enrich.ner.CoreNlpNerEngine;
import dev.newswire.enrich.testing.SeedArticles;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.EntityType;
import dev.newswire.schemas.Mention;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import dev.newswire.schemas.topic.Topics;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The real CoreNLP pipeline on the real seed article: the acceptance of issue 2. Loads CoreNLP once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedEnrichmentTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);

  private CoreNlpNerEngine engine;
  private ArticleEnricher enricher;

  @BeforeAll
  void loadCoreNlp() {
    SeedArticles.text(SeedArticles.PUTIN_SEED); // skips the class before the slow load when absent
    engine = new CoreNlpNerEngine();
    enricher = new ArticleEnricher(engine, CLOCK, "test", ArticleEnricher.DEFAULT_TOPIC_MIN_SALIENCE);
  }

  private EnrichedArticle enrichedSeed() {
    return enricher.enrich(SeedArticles.article(SeedArticles.PUTIN_SEED));
  }

  private static Optional<Entity> entity(EnrichedArticle article, String name) {
    return article.getEntities().stream().filter(e -> e.getName().equals(name)).findFirst();
  }

  @Test
  void shouldFindTheSeedsNamedEntitiesWithTheirTypes() {
    EnrichedArticle article = enrichedSeed();

    assertThat(article.getEntities()).extracting(Entity::getName, Entity::getType).contains(
        tuple("NATO", EntityType.ORGANIZATION),
        tuple("Im Chon Il", EntityType.PERSON),
        tuple("Kim Jong Un", EntityType.PERSON),
        tuple("Vladimir Putin", EntityType.PERSON),
        tuple("Sergei Shoigu", EntityType.PERSON),
        tuple("Russia", EntityType.LOCATION),
        tuple("Japan", EntityType.LOCATION),
        tuple("South Korea", EntityType.LOCATION));
    assertThat(article.getEntities()).extracting(Entity::getName).contains("Vostochny Cosmodrome");
  }

  @Test
  void shouldPinEveryEntityOfTheSeedWithItsTypeAndMentionCount() {
    assertThat(enrichedSeed().getEntities())
        .extracting(e -> e.getName() + "|" + e.getType() + "|" + e.getMentions().size())
        .containsExactly(
            "US|LOCATION|7", "North Korea|LOCATION|4", "Russia|LOCATION|7", "NATO|ORGANIZATION|3",
            "Im Chon Il|PERSON|5", "North Korean|MISC|4", "DPRK|ORGANIZATION|2", "Ukrainian|MISC|1",
            "Asian|MISC|1", "Japan|LOCATION|1", "South Korea|LOCATION|1", "UN-based|MISC|1",
            "American|MISC|1", "Cold War-style|MISC|1", "UN|ORGANIZATION|1", "United States|LOCATION|1",
            "Kim Jong Un|PERSON|2", "Russian|MISC|2", "Vladimir Putin|PERSON|2", "Far East|LOCATION|2",
            "Korean|MISC|1", "Russian-North Korean|MISC|1", "Vostochny Cosmodrome|ORGANIZATION|1",
            "Vostochny Cosmodrone|ORGANIZATION|1", "Sergei Shoigu|PERSON|1");
  }

  @Test
  void shouldNotMakeAnEntityOfAPronoun() {
    List<String> pronouns = List.of("he", "his", "him", "she", "her", "they", "it", "their");
    EnrichedArticle article = enrichedSeed();

    assertThat(article.getEntities()).flatExtracting(Entity::getMentions).extracting(Mention::getText)
        .allSatisfy(text -> assertThat(pronouns).doesNotContain(text.toLowerCase(java.util.Locale.ROOT)));
  }

  @Test
  void shouldPointEveryMentionAtItsTextInItsField() {
    EnrichedArticle article = enrichedSeed();
    Map<String, String> fields = Map.of("headline", article.getHeadline(),
        "standfirst", article.getStandfirst(), "body", article.getBody());

    assertThat(article.getEntities()).flatExtracting(Entity::getMentions).isNotEmpty().allSatisfy(m ->
        assertThat(fields.get(m.getField()).substring(m.getStart(), m.getEnd())).isEqualTo(m.getText()));
  }

  @Test
  void shouldGroupBarePutinUnderVladimirPutin() {
    Entity putin = entity(enrichedSeed(), "Vladimir Putin").orElseThrow();

    assertThat(putin.getMentions()).extracting(Mention::getField, Mention::getText)
        .containsExactly(tuple("body", "Vladimir Putin"), tuple("body", "Putin"));
    assertThat(putin.getId()).isEqualTo("e-e06ea338ab17e2aa");
  }

  @Test
  void shouldKeepImChonIlWholeWhereTheTaggerCutItShort() {
    EnrichedArticle article = enrichedSeed();
    Entity im = entity(article, "Im Chon Il").orElseThrow();

    assertThat(im.getMentions()).extracting(Mention::getField, Mention::getText).containsExactly(
        tuple("standfirst", "Im Chon Il"), tuple("body", "Im Chon Il"), tuple("body", "Im Chon Il"),
        tuple("body", "Im Chon Il"), tuple("body", "Im Chon"));
    assertThat(article.getEntities()).extracting(Entity::getName).doesNotContain("Chon Il", "Im Chon");
  }

  @Test
  void shouldKeepOnlyHeadlineNamesThatTheTextConfirms() {
    EnrichedArticle article = enrichedSeed();

    assertThat(article.getEntities()).flatExtracting(Entity::getMentions)
        .filteredOn(m -> m.getField().equals("headline"))
        .extracting(Mention::getText)
        .containsExactlyInAnyOrder("North Korea", "NATO", "US");
  }

  @Test
  void shouldEnrichTheSeedThroughTheTopologyExactlyAsTheEnricherDoes() {
    NewsArticle seed = SeedArticles.article(SeedArticles.PUTIN_SEED);
    ArticleSerdes serdes = ArticleSerdes.create();
    EnrichConfig config = EnrichConfig.from(Map.of("bootstrap.servers", "unused:9092"));
    Topics topics = Topics.of(TopicNames.defaults(), serdes);

    try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(config, topics, enricher),
        config.streamsProperties())) {
      TestInputTopic<String, NewsArticle> raw = driver.createInputTopic(topics.raw().name(),
          new StringSerializer(), serdes.newsArticle());
      TestOutputTopic<String, EnrichedArticle> enriched = driver.createOutputTopic(topics.enriched().name(),
          new StringDeserializer(), serdes.enrichedArticle());
      raw.pipeInput(seed.getId(), seed);

      assertThat(enriched.readKeyValuesToList()).singleElement().satisfies(kv -> {
        assertThat(kv.key).isEqualTo(seed.getId());
        assertThat(kv.value).isEqualTo(enricher.enrich(seed));
      });
    }
  }
}
