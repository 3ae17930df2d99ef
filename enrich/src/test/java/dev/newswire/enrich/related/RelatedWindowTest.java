package dev.newswire.enrich.related;

import static dev.newswire.enrich.related.Wire.ALBERTA;
import static dev.newswire.enrich.related.Wire.FED;
import static dev.newswire.enrich.related.Wire.KIM;
import static dev.newswire.enrich.related.Wire.POWELL;
import static dev.newswire.enrich.related.Wire.PUTIN;
import static dev.newswire.enrich.related.Wire.T0;
import static dev.newswire.enrich.related.Wire.US;
import static dev.newswire.enrich.related.Wire.VOSTOCHNY;
import static dev.newswire.enrich.related.Wire.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.related.ArticleDigest.IndexedEntity;
import dev.newswire.enrich.related.Postings.Posting;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EntityProfile;
import dev.newswire.schemas.RelatedArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The window (event-time expiry) and the caps, through the topology and its stores. */
class RelatedWindowTest {

  private static final Duration WEEK = Duration.ofDays(7);
  private static final Instant EDGE = T0.plusSeconds(3600);

  private final ArticleSerdes serdes = ArticleSerdes.create();
  private TopologyTestDriver driver;
  private TestInputTopic<String, EnrichedArticle> input;
  private TestOutputTopic<String, EnrichedArticle> output;
  private TestOutputTopic<String, EntityProfile> profiles;

  private void start(RelatedConfig config) {
    RelatedTestTopology.Run run = RelatedTestTopology.run(config, serdes, T0);
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

  private List<String> relatedIds(EnrichedArticle article) {
    input.pipeInput(article.getId(), article, article.getIngestedAt());
    return output.readValue().getRelated().stream().map(RelatedArticle::getId).toList();
  }

  private static EnrichedArticle story(String id, Instant published) {
    return article(id, published, Wire.uniqueBody(id), KIM.at(1.0), PUTIN.at(0.8));
  }

  @Test
  void shouldNoLongerRelateAnArticleOlderThanTheWindow() {
    start(Wire.entitiesOnly());
    relatedIds(article("old", T0, Wire.uniqueBody("old"), KIM.at(1.0), PUTIN.at(0.8), VOSTOCHNY.at(0.5)));
    relatedIds(story("edge", EDGE));
    profiles.readKeyValuesToList();

    // exactly a week after edge, a week and an hour after old
    assertThat(relatedIds(story("week", EDGE.plus(WEEK)))).containsExactly("edge");
    assertThat(driver.<String, ArticleDigest>getKeyValueStore(RelatedStores.ARTICLES).get("old")).isNull();
    Map<String, EntityProfile> changed = profiles.readKeyValuesToMap();
    assertThat(changed).containsEntry(VOSTOCHNY.id(), null); // only old mentioned it: a tombstone
    assertThat(changed.get(KIM.id()).getArticleCount()).isEqualTo(2);

    assertThat(relatedIds(story("week-and-1ms", EDGE.plus(WEEK).plusMillis(1)))).containsExactly("week");
    assertThat(timeline()).containsExactly("week", "week-and-1ms");
  }

  @Test
  void shouldLinkBackfillArticleWithoutKeepingIt() {
    start(Wire.entitiesOnly());
    relatedIds(story("new", T0.plus(WEEK).plus(Duration.ofDays(3))));
    profiles.readKeyValuesToList();

    // published ten days before the newest article: older than the window when it arrives
    assertThat(relatedIds(story("backfill", T0))).isEmpty();

    assertThat(driver.<String, ArticleDigest>getKeyValueStore(RelatedStores.ARTICLES).get("backfill")).isNull();
    assertThat(timeline()).containsExactly("new");
    assertThat(profiles.isEmpty()).isTrue();
  }

  @Test
  void shouldKeepArchiveArticlesForTheWindowFromTheirIngestionAndLinkThemByPublication() {
    start(Wire.entitiesOnly());
    Instant today = T0.plus(Duration.ofDays(4 * 365));
    relatedIds(story("live", today));

    // a backfill read today: one story from four years ago, one from three, the older arriving last
    assertThat(relatedIds(archived(story("y1-a", T0.plus(Duration.ofDays(365))), today))).isEmpty();
    assertThat(relatedIds(archived(story("y0-a", T0), today))).isEmpty();
    assertThat(relatedIds(archived(story("y0-b", T0.plus(Duration.ofDays(2))), today))).containsExactly("y0-a");
    assertThat(relatedIds(archived(story("y1-b", T0.plus(Duration.ofDays(366))), today))).containsExactly("y1-a");
    // eight days after y0-b: out of its window by publication, so not related, though still kept
    assertThat(relatedIds(archived(story("y0-c", T0.plus(Duration.ofDays(10))), today))).isEmpty();

    assertThat(timeline()).containsExactlyInAnyOrder("live", "y1-a", "y0-a", "y0-b", "y1-b", "y0-c");
    // a week of ingestion later the archive has left the window like any other article
    relatedIds(story("next-week", today.plus(WEEK).plusSeconds(3600)));
    assertThat(timeline()).containsExactly("next-week");
  }

  private static EnrichedArticle archived(EnrichedArticle article, Instant ingested) {
    return EnrichedArticle.newBuilder(article).setIngestedAt(ingested).build();
  }

  @Test
  void shouldCapPostingsPartnersAndEntitiesPerArticle() {
    start(Wire.entitiesOnly(RelatedConfig.MAX_POSTINGS_PROPERTY, "3",
        RelatedConfig.MAX_COOCCURRING_PROPERTY, "2", RelatedConfig.MAX_ENTITIES_PROPERTY, "2"));

    relatedIds(article("a1", 1, KIM.at(1.0), PUTIN.at(0.5)));
    relatedIds(article("a2", 2, KIM.at(1.0), FED.at(0.5)));
    relatedIds(article("a3", 3, KIM.at(1.0), POWELL.at(0.5))); // full: Putin (once, greatest id) goes
    relatedIds(article("a4", 4, KIM.at(1.0), FED.at(0.5)));
    relatedIds(article("a5", 5, KIM.at(1.0), ALBERTA.at(0.5), US.at(0.2))); // Powell goes; US not indexed

    KeyValueStore<String, Postings> postings = driver.getKeyValueStore(RelatedStores.POSTINGS);
    KeyValueStore<String, Cooccurrences> partners = driver.getKeyValueStore(RelatedStores.COOCCURRENCE);
    KeyValueStore<String, EntityHeader> entities = driver.getKeyValueStore(RelatedStores.ENTITIES);
    KeyValueStore<String, ArticleDigest> digests = driver.getKeyValueStore(RelatedStores.ARTICLES);
    assertThat(postings.get(KIM.id()).items()).extracting(Posting::articleId).containsExactly("a5", "a4", "a3");
    assertThat(partners.get(KIM.id()).counts()).containsExactly(Map.entry(ALBERTA.id(), 1), Map.entry(FED.id(), 2));
    assertThat(entities.get(KIM.id()).articleCount()).isEqualTo(5);
    assertThat(entities.get(US.id())).isNull();
    assertThat(digests.get("a5").entities()).extracting(IndexedEntity::id).containsExactly(KIM.id(), ALBERTA.id());
    EntityProfile kim = profiles.readKeyValuesToMap().get(KIM.id());
    assertThat(kim.getArticleCount()).isEqualTo(5);
    assertThat(kim.getRecentArticles()).containsExactly("a5", "a4", "a3");
  }

  private List<String> timeline() {
    KeyValueStore<Bytes, String> timeline = driver.getKeyValueStore(RelatedStores.TIMELINE);
    List<String> ids = new ArrayList<>();
    try (var all = timeline.all()) {
      all.forEachRemaining(entry -> ids.add(entry.value));
    }
    return ids;
  }
}
