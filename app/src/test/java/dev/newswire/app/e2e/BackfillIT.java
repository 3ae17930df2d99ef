package dev.newswire.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswire.app.e2e.StoryRun.Story;
import dev.newswire.app.run.EnrichRun;
import dev.newswire.app.run.IngestRun;
import dev.newswire.app.testing.EmbeddedKafkaExtension;
import dev.newswire.app.testing.LoadedModels;
import dev.newswire.enrich.EnrichApp;
import dev.newswire.ingest.IngestSummary;
import dev.newswire.ingest.ProgressListener;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.RelatedArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import dev.newswire.schemas.topic.TopicNames;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backfill on a real broker: an archive of the related-links stories, each story in another year
 * (2019 to 2023), goes in through ingest as one JSON Lines file whose order jumps between the years.
 * Every article comes out enriched exactly once; records carry the time ingest sent them (so the
 * broker's retention counts from today, not from 2019); and each article lists the earlier articles
 * of its own story, which the window relates by their publication dates.
 */
@Tag("slow")
class BackfillIT {

  @RegisterExtension
  static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

  /** When each story was published: one year each, out of order in the file. */
  private static final Map<String, Instant> STORY_START = Map.of(
      "ecb", Instant.parse("2019-03-04T09:00:00Z"),
      "mars", Instant.parse("2020-07-20T09:00:00Z"),
      "summit", Instant.parse("2021-05-10T09:00:00Z"),
      "airbus", Instant.parse("2023-01-16T09:00:00Z"));

  @RegisterExtension
  static final LoadedModels MODELS = new LoadedModels();

  @Test
  void shouldEnrichAndRelateAnArchiveLikeLiveWire(@TempDir Path work) throws Exception {
    List<Story> stories = StoryRun.stories();
    Map<String, Instant> published = publicationDates(stories);
    Path archive = writeArchive(work.resolve("archive.jsonl"), stories, published);
    String run = "backfill-" + UUID.randomUUID().toString().substring(0, 8);
    TopicNames names = TopicNames.defaults().withPrefix(run + "-");
    Properties props = new Properties();
    props.setProperty("bootstrap.servers", KAFKA.bootstrapServers());
    props.setProperty("application.id", run);
    props.setProperty("state.dir", work.resolve("state").toString());
    props.setProperty("newswire.ingest.state.dir", work.resolve("ingest").toString());
    props.setProperty("newswire.topic.partitions", "1");
    // the sequencing delay waits for 10 s of quiet (2 s by default) so that a slow CI machine, pausing
    // between enriched articles, still delivers the archive to the related-links step as one burst
    props.setProperty("newswire.related.sequence.quiet.ms", "10000");
    props.setProperty("newswire.topic.overrides", run + "-overrides");
    props.putAll(names.toProperties());
    Instant started = Instant.now();

    IngestSummary summary = IngestRun.run(props, List.of(archive.toString()), ProgressListener.NONE,
        new ByteArrayInputStream(new byte[0]));
    List<ConsumerRecord<String, byte[]>> enriched;
    try (EnrichApp app = EnrichRun.create(props, MODELS.engine(), MODELS.kb())) {
      app.start();
      assertThat(app.awaitRunning(Duration.ofSeconds(90))).isTrue();
      KAFKA.reader().awaitRecords(names.enriched(), stories.size(), new StringDeserializer(),
          new ByteArrayDeserializer(), Duration.ofSeconds(180));
      enriched = readToEnd(names.enriched());
    }
    List<ConsumerRecord<String, byte[]>> raw = readToEnd(names.raw());
    Instant finished = Instant.now();

    assertThat(summary.articlesPublished()).isEqualTo(stories.size());
    ArticleSerdes serdes = ArticleSerdes.create();
    List<String> ids = stories.stream().map(Story::id).toList();
    // article ids are ingest's (source + source id); the archive's own ids are the source ids
    Map<String, EnrichedArticle> out = new HashMap<>();
    enriched.forEach(r -> out.put(serdes.enrichedArticle().decode(r.value()).getSourceId(),
        serdes.enrichedArticle().decode(r.value())));
    assertThat(enriched).hasSize(ids.size());
    assertThat(enriched.stream().map(ConsumerRecord::key).distinct()).hasSize(ids.size());
    assertThat(out.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(readToEnd(names.deadLetters())).isEmpty();
    for (ConsumerRecord<String, byte[]> record : concat(raw, enriched)) {
      assertThat(record.timestampType()).isEqualTo(TimestampType.CREATE_TIME);
      assertThat(Instant.ofEpochMilli(record.timestamp())).as("timestamp of %s on %s", record.key(), record.topic())
          .isBetween(started.minusSeconds(1), finished);
    }

    List<String> arrival = raw.stream().map(r -> serdes.newsArticle().decode(r.value()).getSourceId()).toList();
    Map<String, String> storyOf = stories.stream().collect(Collectors.toMap(Story::id, Story::story));
    Map<String, String> sourceIdOf = out.values().stream()
        .collect(Collectors.toMap(EnrichedArticle::getId, EnrichedArticle::getSourceId));
    for (String id : ids) {
      assertThat(out.get(id).getPublishedAt()).isEqualTo(published.get(id));
      assertThat(relatedIds(out.get(id), sourceIdOf)).as("related of %s, arrival order %s", id, arrival)
          .isEqualTo(expectedRelated(id, storyOf, published));
      String firstOfStory = ids.stream().filter(other -> storyOf.get(other).equals(storyOf.get(id)))
          .min(Comparator.comparing(published::get)).orElseThrow();
      assertThat(out.get(id).getStoryId()).as("story of %s", id).isEqualTo(out.get(firstOfStory).getId());
    }
    RelatedArticle original = out.get("ecb-2-repost").getRelated().stream()
        .filter(r -> r.getId().equals(out.get("ecb-2").getId())).findFirst().orElseThrow();
    assertThat(original.getDuplicate()).isTrue();
    assertThat(original.getPublishedAt()).isEqualTo(published.get("ecb-2"));
  }

  /**
   * Articles of the same story published before it and at most the 30-day story window earlier,
   * whatever order they arrived in: the sequencing delay links the burst in publication order.
   */
  private static Set<String> expectedRelated(String id, Map<String, String> storyOf, Map<String, Instant> published) {
    return storyOf.keySet().stream()
        .filter(other -> !other.equals(id) && storyOf.get(other).equals(storyOf.get(id)))
        .filter(other -> published.get(other).isBefore(published.get(id)))
        .filter(other -> !published.get(other).isBefore(published.get(id).minus(Duration.ofDays(30))))
        .collect(Collectors.toSet());
  }

  /** The n-th article of a story a day after the (n-1)-th; the repost three hours after its original. */
  private static Map<String, Instant> publicationDates(List<Story> stories) {
    Map<String, Instant> dates = new HashMap<>();
    for (Story story : stories) {
      Instant start = STORY_START.get(story.story());
      if (story.repostOf() != null) {
        dates.put(story.id(), dates.get(story.repostOf()).plus(Duration.ofHours(3)));
      } else {
        int n = Integer.parseInt(story.id().substring(story.id().lastIndexOf('-') + 1));
        dates.put(story.id(), start.plus(Duration.ofDays(n - 1)));
      }
    }
    return dates;
  }

  private static Path writeArchive(Path file, List<Story> stories, Map<String, Instant> published) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (Story story : stories) {
      ObjectNode node = json.createObjectNode();
      node.put("id", story.id());
      node.put("source", story.repostOf() == null ? "Wire A" : "Wire B");
      node.put("headline", story.headline());
      node.put("body", story.body());
      node.put("publishedAt", published.get(story.id()).toString());
      lines.add(json.writeValueAsString(node));
    }
    return Files.write(file, lines);
  }

  private static List<ConsumerRecord<String, byte[]>> readToEnd(String topic) {
    return KAFKA.reader().readToEnd(topic, new StringDeserializer(), new ByteArrayDeserializer());
  }

  private static List<ConsumerRecord<String, byte[]>> concat(List<ConsumerRecord<String, byte[]>> a,
      List<ConsumerRecord<String, byte[]>> b) {
    List<ConsumerRecord<String, byte[]>> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Set<String> relatedIds(EnrichedArticle article, Map<String, String> sourceIdOf) {
    return article.getRelated().stream().map(r -> sourceIdOf.get(r.getId())).collect(Collectors.toSet());
  }
}
