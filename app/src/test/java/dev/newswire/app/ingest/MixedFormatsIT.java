package dev.newswire.app.ingest;

import dev.newswire.app.testing.SharedEngine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.app.run.EnrichRun;
import dev.newswire.app.run.KnowledgeBase;
import dev.newswire.app.run.IngestRun;
import dev.newswire.app.testing.EmbeddedKafkaExtension;
import dev.newswire.enrich.EnrichApp;
import dev.newswire.ingest.IngestSummary;
import dev.newswire.ingest.ProgressListener;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.InputFormat;
import dev.newswire.schemas.NewsArticle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 1: one folder mixing every format (the ingest module's samples plus the repository's
 * wire-text and JSON samples) goes through ingest into the embedded broker, and every article comes
 * out of enrich with its source format recorded.
 */
class MixedFormatsIT {

  @RegisterExtension
  static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

  private static final Path INGEST_SAMPLES = Path.of("..", "ingest", "src", "test", "resources", "samples");
  private static final Path REPOSITORY_SAMPLES = Path.of("..", "samples");

  @TempDir
  Path temp;

  @Test
  void shouldEnrichEveryArticleOfEveryFormatWithItsFormatRecorded() throws IOException {
    Path inbox = copySamples(Files.createDirectory(temp.resolve("inbox")));
    IngestItTopics topics = new IngestItTopics(KAFKA, "mixed", temp);

    try (KnowledgeBase kb = KnowledgeBase.open(java.util.Map.of());
         EnrichApp enrich = EnrichRun.create(topics.props, SharedEngine.get(), kb)) {
      enrich.start();
      assertThat(enrich.awaitRunning(Duration.ofSeconds(120))).as("enrich reached RUNNING").isTrue();
      IngestSummary summary = IngestRun.run(topics.props, List.of(inbox.toString()), ProgressListener.NONE,
          new ByteArrayInputStream(new byte[0]));

      assertThat(summary.rejected()).as("rejected: %s", summary.rejectedByReason()).isZero();
      int count = (int) summary.articlesPublished();
      List<NewsArticle> raw = topics.awaitRaw(count);
      List<EnrichedArticle> enriched = KAFKA.reader().awaitRecords(topics.names.enriched(), count,
          new StringDeserializer(), topics.serdes.enrichedArticle(), Duration.ofMinutes(3))
          .stream().map(ConsumerRecord::value).toList();

      assertThat(summary.articlesByFormat().keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.of(
          InputFormat.WIRE_TEXT, InputFormat.JSON, InputFormat.JSONL, InputFormat.NINJS, InputFormat.NITF,
          InputFormat.NEWSML_G2, InputFormat.RSS, InputFormat.ATOM, InputFormat.HTML));
      Map<String, InputFormat> rawFormats = raw.stream()
          .collect(Collectors.toMap(NewsArticle::getId, NewsArticle::getInputFormat));
      assertThat(enriched).extracting(EnrichedArticle::getId).containsExactlyInAnyOrderElementsOf(rawFormats.keySet());
      assertThat(enriched).allSatisfy(article ->
          assertThat(article.getInputFormat()).isEqualTo(rawFormats.get(article.getId())));
      assertThat(enriched).filteredOn(article -> article.getInputFormat() == InputFormat.NINJS)
          .flatExtracting(EnrichedArticle::getFeedTags).isNotEmpty();
    }
  }

  private static Path copySamples(Path inbox) throws IOException {
    for (Path root : List.of(INGEST_SAMPLES, REPOSITORY_SAMPLES)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Path target = inbox.resolve(root.relativize(file).toString().replace('/', '_'));
          Files.copy(file, target);
        }
      }
    }
    return inbox;
  }
}
