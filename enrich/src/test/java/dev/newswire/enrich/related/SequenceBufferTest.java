package dev.newswire.enrich.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.RelatedArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;

/** The sequencing delay: a burst in any order is linked as the same articles one by one in publication order. */
class SequenceBufferTest {

  private final ArticleSerdes serdes = ArticleSerdes.create();

  private RelatedTestTopology.Run start(RelatedConfig config) {
    return RelatedTestTopology.run(config, serdes, Wire.T0);
  }

  private static Map<String, List<String>> related(List<KeyValue<String, EnrichedArticle>> records) {
    Map<String, List<String>> related = new LinkedHashMap<>();
    for (KeyValue<String, EnrichedArticle> record : records) {
      related.put(record.key, record.value.getRelated().stream().map(RelatedArticle::getId).toList());
    }
    return related;
  }

  @Test
  void shouldLinkABurstInPublicationOrderWhateverOrderItArrivesIn() {
    List<EnrichedArticle> articles = Wire.stories();
    Map<String, List<String>> oneByOne;
    try (RelatedTestTopology.Run run = start(Wire.entitiesOnly())) {
      articles.forEach(a -> run.input().pipeInput(a.getId(), a));
      oneByOne = related(run.output().readKeyValuesToList());
    }
    List<EnrichedArticle> shuffled = new ArrayList<>(articles);
    Collections.reverse(shuffled);
    try (RelatedTestTopology.Run run = start(Wire.entitiesOnly(RelatedConfig.SEQUENCE_QUIET_PROPERTY, "2000"))) {
      shuffled.forEach(a -> run.input().pipeInput(a.getId(), a));
      run.driver().advanceWallClockTime(Duration.ofMillis(1500));
      assertThat(run.output().isEmpty()).as("nothing leaves before 2 s of quiet").isTrue();

      run.driver().advanceWallClockTime(Duration.ofMillis(1000));

      Map<String, List<String>> burst = related(run.output().readKeyValuesToList());
      assertThat(burst.keySet()).containsExactlyElementsOf(oneByOne.keySet());
      assertThat(burst).isEqualTo(oneByOne);
      assertThat(burst.get("s1-3")).containsExactly("s1-2", "s1-1");
    }
  }

  @Test
  void shouldReleaseAContinuousBackfillAfterTheMaximumHold() {
    // live lag 0: articles ingested a minute after publication count as a backfill and wait for its end
    try (RelatedTestTopology.Run run = start(Wire.entitiesOnly(RelatedConfig.SEQUENCE_QUIET_PROPERTY, "2000",
        RelatedConfig.SEQUENCE_MAX_HOLD_PROPERTY, "5000", RelatedConfig.SEQUENCE_LIVE_LAG_PROPERTY, "0"))) {
      List<EnrichedArticle> articles = Wire.stories();
      for (int i = 0; i < 4; i++) {
        run.input().pipeInput(articles.get(i).getId(), articles.get(i));
        run.driver().advanceWallClockTime(Duration.ofMillis(1000));
        assertThat(run.output().isEmpty()).as("after %d s", i + 1).isTrue();
      }
      run.input().pipeInput(articles.get(4).getId(), articles.get(4));
      run.driver().advanceWallClockTime(Duration.ofMillis(1000)); // the first has waited 5 s

      assertThat(run.output().readKeyValuesToList()).extracting(kv -> kv.key)
          .containsExactly("s1-1", "s2-1", "s3-1", "s4-1", "s1-2");
    }
  }

  @Test
  void shouldLetEachLiveArticleGoTheQuietTimeAfterItArrivedInABusyStream() {
    // published a minute before ingestion: live under the default 10-minute lag
    try (RelatedTestTopology.Run run = start(Wire.entitiesOnly(RelatedConfig.SEQUENCE_QUIET_PROPERTY, "2000"))) {
      List<EnrichedArticle> articles = Wire.stories();
      List<List<String>> outAfterEachSecond = new java.util.ArrayList<>();
      for (int i = 0; i < 5; i++) {
        run.input().pipeInput(articles.get(i).getId(), articles.get(i));
        run.driver().advanceWallClockTime(Duration.ofMillis(1000));
        outAfterEachSecond.add(run.output().readKeyValuesToList().stream().map(kv -> kv.key).toList());
      }

      // one article a second, never 2 s of quiet: each still leaves 2 s after it came
      assertThat(outAfterEachSecond).containsExactly(List.of(), List.of("s1-1"), List.of("s2-1"), List.of("s3-1"),
          List.of("s4-1"));
    }
  }

  @Test
  void shouldReleaseAtOnceWhenTheMaximumWait() {
    try (RelatedTestTopology.Run run = start(Wire.entitiesOnly(RelatedConfig.SEQUENCE_QUIET_PROPERTY, "2000",
        RelatedConfig.SEQUENCE_MAX_PENDING_PROPERTY, "3"))) {
      List<EnrichedArticle> articles = Wire.stories();
      run.input().pipeInput(articles.get(2).getId(), articles.get(2));
      run.input().pipeInput(articles.get(0).getId(), articles.get(0));
      assertThat(run.output().isEmpty()).isTrue();

      run.input().pipeInput(articles.get(1).getId(), articles.get(1));

      assertThat(run.output().readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("s1-1", "s2-1", "s3-1");
    }
  }
}
