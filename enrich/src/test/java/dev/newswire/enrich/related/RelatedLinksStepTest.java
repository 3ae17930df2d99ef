package dev.newswire.enrich.related;

import static dev.newswire.enrich.related.Wire.FED;
import static dev.newswire.enrich.related.Wire.KIM;
import static dev.newswire.enrich.related.Wire.PUTIN;
import static dev.newswire.enrich.related.Wire.T0;
import static dev.newswire.enrich.related.Wire.US;
import static dev.newswire.enrich.related.Wire.VOSTOCHNY;
import static dev.newswire.enrich.related.Wire.WALL_STREET;
import static dev.newswire.enrich.related.Wire.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newswire.schemas.CooccurringEntity;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EntityProfile;
import dev.newswire.schemas.RelatedArticle;
import dev.newswire.schemas.TopicKind;
import dev.newswire.schemas.TopicLink;
import dev.newswire.schemas.serde.ArticleSerdes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RelatedLinksStepTest {

  static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

  private final ArticleSerdes serdes = ArticleSerdes.create();
  private TopologyTestDriver driver;
  private TestInputTopic<String, EnrichedArticle> input;
  private TestOutputTopic<String, EnrichedArticle> output;
  private TestOutputTopic<String, EntityProfile> profiles;

  private void start(RelatedConfig config) {
    RelatedTestTopology.Run run = RelatedTestTopology.run(config, serdes, NOW);
    driver = run.driver();
    input = run.input();
    output = run.output();
    profiles = run.profiles();
  }

  @AfterEach
  void close() {
    if (driver != null) {
      driver.close();
    }
  }

  /** Pipes the articles in order and returns the linked ones by id. */
  private Map<String, EnrichedArticle> pipe(List<EnrichedArticle> articles) {
    Map<String, EnrichedArticle> linked = new LinkedHashMap<>();
    for (EnrichedArticle article : articles) {
      input.pipeInput(article.getId(), article, article.getIngestedAt());
      var record = output.readKeyValue();
      assertThat(record.key).isEqualTo(article.getId());
      linked.put(record.key, record.value);
    }
    return linked;
  }

  private static List<Object> related(EnrichedArticle article) {
    return article.getRelated().stream().map(r -> (Object) List.of(r.getId(), r.getScore())).toList();
  }

  private static List<TopicLink> relatedTopics(EnrichedArticle article) {
    return article.getTopics().stream().filter(t -> t.getKind() == TopicKind.RELATED).toList();
  }

  @Test
  void shouldLinkEachArticleToTheEarlierArticlesOfItsStoryOnly() {
    start(Wire.entitiesOnly());

    Map<String, EnrichedArticle> linked = pipe(Wire.stories());

    assertThat(linked.get("s1-1").getRelated()).isEmpty();
    assertThat(linked.get("s2-1").getRelated()).isEmpty();
    assertThat(linked.get("s3-1").getRelated()).isEmpty();
    assertThat(linked.get("s4-1").getRelated()).isEmpty();
    assertThat(related(linked.get("s1-2"))).containsExactly(List.of("s1-1", 0.7643));
    assertThat(related(linked.get("s2-2"))).containsExactly(List.of("s2-1", 0.7762));
    assertThat(related(linked.get("s3-2"))).containsExactly(List.of("s3-1", 0.7691));
    assertThat(related(linked.get("s4-2"))).containsExactly(List.of("s4-1", 0.5985));
    assertThat(related(linked.get("s1-3"))).containsExactly(List.of("s1-2", 0.793), List.of("s1-1", 0.7643));
    assertThat(related(linked.get("s2-3"))).containsExactly(List.of("s2-1", 0.7388), List.of("s2-2", 0.5557));
    assertThat(related(linked.get("s3-3"))).containsExactly(List.of("s3-1", 0.7897), List.of("s3-2", 0.7454));
    assertThat(related(linked.get("s4-3"))).containsExactly(List.of("s4-1", 0.8333), List.of("s4-2", 0.4834));
    assertThat(related(linked.get("s1-4")))
        .containsExactly(List.of("s1-2", 0.661), List.of("s1-3", 0.641), List.of("s1-1", 0.492));
    assertThat(related(linked.get("s2-4")))
        .containsExactly(List.of("s2-3", 0.7035), List.of("s2-1", 0.6698), List.of("s2-2", 0.5882));
  }

  @Test
  void shouldDescribeEachRelatedArticleWithItsSharedEntities() {
    start(Wire.entitiesOnly());

    RelatedArticle first = pipe(Wire.stories()).get("s1-3").getRelated().get(0);

    assertThat(first).isEqualTo(RelatedArticle.newBuilder().setId("s1-2").setHeadline("Headline of s1-2")
        .setUrl("https://example.org/s1-2").setPublishedAt(T0.plusSeconds(4 * 3600)).setScore(0.793)
        .setSharedEntities(List.of("Kim Jong Un", "Vladimir Putin", "Vostochny Cosmodrome")).setDuplicate(false)
        .build());
  }

  @Test
  void shouldFlagTheSyndicatedCopyAsDuplicate() {
    start(Wire.entitiesOnly());

    EnrichedArticle copy = pipe(Wire.stories()).get("s1-5");

    assertThat(copy.getRelated()).extracting(RelatedArticle::getId, RelatedArticle::getScore,
        RelatedArticle::getDuplicate).containsExactly(
            tuple("s1-2", 1.0, true), tuple("s1-3", 0.772, false), tuple("s1-1", 0.7699, false),
            tuple("s1-4", 0.6647, false));
  }

  @Test
  void shouldSuggestTopicSeenOnlyInEarlierArticlesOfTheStory() {
    start(Wire.entitiesOnly());

    Map<String, EnrichedArticle> linked = pipe(Wire.stories());

    assertThat(linked.get("s1-4").getTopics()).containsExactly(
        entityTopic(KIM, 1.0), entityTopic(PUTIN, 0.6),
        relatedTopic(VOSTOCHNY, 0.8038, "Kim Jong Un", 3));
    assertThat(relatedTopics(linked.get("s2-3")))
        .containsExactly(relatedTopic(WALL_STREET, 0.5626, "Federal Reserve", 2));
  }

  @Test
  void shouldRankStorySpecificTopicAboveEntityOfEveryStory() {
    start(Wire.entitiesOnly());

    Map<String, EnrichedArticle> linked = pipe(Wire.stories());

    // by raw count the United States (3 articles with the Fed) would beat Wall Street (2)
    assertThat(relatedTopics(linked.get("s2-4"))).containsExactly(
        relatedTopic(WALL_STREET, 0.656, "Federal Reserve", 2), relatedTopic(US, 0.2118, "Federal Reserve", 3));
    assertThat(linked.values()).allSatisfy(article -> {
      List<TopicLink> related = relatedTopics(article);
      if (!related.isEmpty()) {
        assertThat(related.get(0).getLabel()).isNotEqualTo("United States");
      }
    });
  }

  @Test
  void shouldPublishEntityProfilesWithWindowCounts() {
    start(Wire.entitiesOnly());

    pipe(Wire.stories());
    Map<String, EntityProfile> latest = profiles.readKeyValuesToMap();

    // Kim's latest profile is from s1-5, the last article that mentions him: 14 articles then
    EntityProfile kim = latest.get(KIM.id());
    assertThat(List.of(kim.getName(), kim.getKbId(), kim.getArticleCount(), kim.getLastSeen(), kim.getUpdatedAt()))
        .containsExactly("Kim Jong Un", "Kim_Jong_Un", 5, T0.plusSeconds(13 * 3600), NOW);
    assertThat(kim.getRecentArticles()).containsExactly("s1-5", "s1-4", "s1-3", "s1-2", "s1-1");
    assertThat(kim.getCooccurring()).containsExactly(
        new CooccurringEntity(PUTIN.id(), "Vladimir Putin", "Vladimir_Putin", 5, 1.0),
        new CooccurringEntity(VOSTOCHNY.id(), "Vostochny Cosmodrome", "Vostochny_Cosmodrome", 4, 0.8219),
        new CooccurringEntity(US.id(), "United States", "United_States", 2, -0.1833));
    assertThat(latest.get(US.id()).getArticleCount()).isEqualTo(8);
    assertThat(latest).hasSize(12);
  }

  @Test
  void shouldSeeEveryArticleSequencedBeforeItButNoLaterOne() {
    start(Wire.entitiesOnly());

    // b was published before a but reaches the sequence after it: the two miss each other
    Map<String, EnrichedArticle> linked = pipe(List.of(
        article("a", 11, KIM.at(1.0), PUTIN.at(0.8)),
        article("b", 10, KIM.at(1.0), PUTIN.at(0.8)),
        article("c", 12, KIM.at(1.0), PUTIN.at(0.8))));

    assertThat(linked.get("a").getRelated()).isEmpty();
    assertThat(linked.get("b").getRelated()).isEmpty();
    assertThat(linked.get("c").getRelated()).extracting(RelatedArticle::getId).containsExactly("a", "b");
  }

  @Test
  void shouldKeepOneTopicPerEntityAndReplaceStaleRelatedTopics() {
    start(Wire.entitiesOnly());
    EnrichedArticle article = article("a", 0, KIM.at(1.0), PUTIN.at(0.8));
    article.setTopics(List.of(entityTopic(KIM, 1.0), entityTopic(KIM, 1.0), entityTopic(PUTIN, 0.8),
        relatedTopic(US, 0.9, "Kim Jong Un", 7)));

    EnrichedArticle linked = pipe(List.of(article)).get("a");

    assertThat(linked.getTopics()).containsExactly(entityTopic(KIM, 1.0), entityTopic(PUTIN, 0.8));
  }

  @Test
  void shouldRelateArticleOnlyWhenItsSharedEntitiesWeighEnough() {
    start(Wire.entitiesOnly());

    // only the United States in common, next to a salient entity of their own: 0.1362 < 0.2
    Map<String, EnrichedArticle> linked = pipe(List.of(
        article("a", 0, KIM.at(1.0), US.at(0.5)),
        article("b", 1, FED.at(1.0), US.at(0.5))));

    assertThat(linked.get("b").getRelated()).isEmpty();
  }

  @Test
  void shouldRelateWeakOverlapWhenTheMinimumScoreAllowsIt() {
    start(Wire.entitiesOnly(RelatedConfig.MIN_SCORE_PROPERTY, "0.1"));

    Map<String, EnrichedArticle> linked = pipe(List.of(
        article("a", 0, KIM.at(1.0), US.at(0.5)),
        article("b", 1, FED.at(1.0), US.at(0.5))));

    assertThat(linked.get("b").getRelated()).extracting(RelatedArticle::getId, RelatedArticle::getScore,
        RelatedArticle::getSharedEntities).containsExactly(tuple("a", 0.1362, List.of("United States")));
  }

  static TopicLink entityTopic(Wire.Ent entity, double score) {
    return TopicLink.newBuilder().setLabel(entity.name()).setEntityId(entity.id()).setKbId(entity.kbId())
        .setKbUrl("https://en.wikipedia.org/wiki/" + entity.kbId()).setScore(score).setKind(TopicKind.ENTITY).build();
  }

  static TopicLink relatedTopic(Wire.Ent entity, double score, String via, int count) {
    return TopicLink.newBuilder().setLabel(entity.name()).setEntityId(entity.id()).setKbId(entity.kbId())
        .setKbUrl("https://en.wikipedia.org/wiki/" + entity.kbId()).setScore(score).setKind(TopicKind.RELATED)
        .setVia(via).setCooccurrences(count).build();
  }
}
