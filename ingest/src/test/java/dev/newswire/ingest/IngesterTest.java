package dev.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.ingest.format.FormatDetector;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.schemas.DeadLetter;
import dev.newswire.schemas.InputFormat;
import dev.newswire.schemas.NewsArticle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {

  static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
  static final String GOOD_TEXT = "World\n\nBridge Reopens After Repairs\n\nThe river crossing is open again.\n"
      + "City Wire\nTraffic returned to normal on Monday.\nEngineers will inspect it monthly.\nDiscuss";
  static final String GOOD_BODY = "Traffic returned to normal on Monday.\nEngineers will inspect it monthly.";

  @TempDir
  Path dir;

  private final MockKafka kafka = new MockKafka(true);
  private final FormatDetector formats = FormatDetector.standard(new FormatLimits(4096, 2048, 32));

  @Test
  void shouldPublishGoodInputsAndOneDeadLetterPerBadInput() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("in"));
    write(folder.resolve("good.txt"), GOOD_TEXT);
    Files.write(folder.resolve("empty.txt"), new byte[0]);
    Files.write(folder.resolve("image.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    Files.write(folder.resolve("latin1.txt"), "Caf\u00e9\n\nBody.".getBytes(StandardCharsets.ISO_8859_1));
    write(folder.resolve("big.txt"), "Big Headline\n\n" + "word ".repeat(1000));
    write(folder.resolve(".hidden.txt"), GOOD_TEXT.replace("Bridge", "Hidden"));
    Path sub = Files.createDirectory(folder.resolve("sub"));
    write(sub.resolve("feed.jsonl"), "{\"id\": \"7\", \"source\": \"JWire\", \"headline\": \"J1\", \"body\": \"B1\"}\n"
        + "{\"headline\": \"broken\"\n{\"headline\": \"J3\", \"body\": \"B3\", \"language\": \"de\"}\n");
    Path missing = dir.resolve("missing.txt");
    List<InputOutcome> outcomes = new ArrayList<>();

    IngestSummary summary = ingester(new byte[0]).ingest(List.of(folder.toString(), missing.toString()),
        new ProgressListener() {
          @Override
          public void inputDone(InputOutcome outcome) {
            outcomes.add(outcome);
          }
        });

    List<ProducerRecord<String, NewsArticle>> sent = kafka.articles.history();
    assertThat(sent).extracting(ProducerRecord::topic).containsOnly("news.articles.raw");
    assertThat(sent).extracting(record -> record.value().getHeadline()).containsExactly("Bridge Reopens After Repairs", "J1", "J3");
    assertThat(sent).allSatisfy(record -> assertThat(record.key()).isEqualTo(record.value().getId()));
    assertGoodArticle(sent.get(0).value(), folder.resolve("good.txt").toString());
    NewsArticle j1 = sent.get(1).value();
    assertThat(j1.getId()).isEqualTo(ArticleIds.articleId("JWire", "7", j1.getContentHash()));
    assertThat(j1.getInputFormat()).isEqualTo(InputFormat.JSONL);
    assertThat(sent.get(2).value().getLanguage()).isEqualTo("de");

    List<ProducerRecord<String, DeadLetter>> letters = kafka.deadLetters.history();
    assertThat(letters).extracting(ProducerRecord::topic).containsOnly("news.articles.dlq");
    assertThat(letters).extracting(record -> record.value().getReason()).containsExactly(
        "TOO_LARGE", "EMPTY_INPUT", "BINARY_INPUT", "INVALID_ENCODING", "MALFORMED_JSON", "READ_ERROR");
    assertThat(letters).extracting(ProducerRecord::key).containsExactly(
        folder.resolve("big.txt").toString(), folder.resolve("empty.txt").toString(),
        folder.resolve("image.bin").toString(), folder.resolve("latin1.txt").toString(),
        sub.resolve("feed.jsonl").toString(), missing.toString());
    assertThat(letters).extracting(record -> record.value().getErrorMessage()).containsExactly(
        "file is 5014 bytes; the limit is 4096 bytes", "file is empty", "input looks binary (NUL byte at offset 4)",
        "input is not valid UTF-8 (bad byte 0xE9 at offset 3)",
        letters.get(4).value().getErrorMessage(), "no such file");
    assertThat(letters.get(4).value().getErrorMessage()).startsWith("line 2: invalid JSON: ");
    assertThat(letters).allSatisfy(record -> {
      assertThat(record.value().getStage()).isEqualTo("ingest");
      assertThat(record.value().getTimestamp()).isEqualTo(NOW);
      assertThat(record.value().getOrigin()).isEqualTo(record.key());
    });
    DeadLetter big = letters.get(0).value();
    assertThat(big.getOriginalSize()).isEqualTo(5014L);
    assertThat(big.getOriginalBytes().remaining()).isEqualTo(5014);
    assertThat(letters.get(2).value().getOriginalBytes())
        .isEqualTo(ByteBuffer.wrap(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}));
    assertThat(letters.get(4).value().getOriginalBytes())
        .isEqualTo(ByteBuffer.wrap("{\"headline\": \"broken\"".getBytes(StandardCharsets.UTF_8)));

    assertThat(summary.inputs()).isEqualTo(7);
    assertThat(summary.articlesRead()).isEqualTo(3);
    assertThat(summary.articlesPublished()).isEqualTo(3);
    assertThat(summary.rejected()).isEqualTo(6);
    assertThat(summary.deadLettersPublished()).isEqualTo(6);
    assertThat(summary.sendFailures()).isZero();
    assertThat(summary.exitCode()).isZero();
    assertThat(summary.articlesByFormat()).isEqualTo(Map.of(InputFormat.WIRE_TEXT, 1L, InputFormat.JSONL, 2L));
    assertThat(summary.rejectedByFormat()).isEqualTo(Map.of(InputFormat.UNKNOWN, 5L, InputFormat.JSONL, 1L));
    assertThat(summary.rejectedByReason()).isEqualTo(Map.of(RejectReason.TOO_LARGE, 1L, RejectReason.EMPTY_INPUT, 1L,
        RejectReason.BINARY_INPUT, 1L, RejectReason.INVALID_ENCODING, 1L, RejectReason.MALFORMED_JSON, 1L,
        RejectReason.READ_ERROR, 1L));
    assertThat(outcomes).extracting(InputOutcome::index).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(outcomes.get(5)).isEqualTo(new InputOutcome(6, 7, sub.resolve("feed.jsonl").toString(),
        InputFormat.JSONL, 2, 1));
  }

  @Test
  void shouldGiveTheSameIdAndHashToTheSameFileTwiceAndAnotherIdToAnotherFile() throws IOException {
    Path first = write(dir.resolve("a.txt"), GOOD_TEXT);
    Path copy = write(dir.resolve("b.txt"), GOOD_TEXT);
    Path other = write(dir.resolve("c.txt"), GOOD_TEXT.replace("monthly", "weekly"));

    ingester(new byte[0]).ingest(List.of(first.toString(), first.toString(), copy.toString(), other.toString()));

    List<NewsArticle> sent = kafka.articles.history().stream().map(ProducerRecord::value).toList();
    assertThat(sent).hasSize(4);
    assertThat(sent.get(1).getId()).isEqualTo(sent.get(0).getId());
    assertThat(sent.get(1).getContentHash()).isEqualTo(sent.get(0).getContentHash());
    assertThat(sent.get(2).getId()).isEqualTo(sent.get(0).getId());
    assertThat(sent.get(3).getId()).isNotEqualTo(sent.get(0).getId());
    assertThat(sent.get(3).getContentHash()).isNotEqualTo(sent.get(0).getContentHash());
  }

  @Test
  void shouldDeadLetterAFeedFileWithoutItemsAsNoArticles() throws IOException {
    Path feed = dir.resolve("empty.rss");
    String xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Empty</title>"
        + "<link>https://example.org/</link><description>nothing</description></channel></rss>";
    write(feed, xml);

    IngestSummary summary = ingester(new byte[0]).ingest(List.of(feed.toString()));

    assertThat(kafka.articles.history()).isEmpty();
    assertThat(summary.rejected()).isEqualTo(1);
    List<ProducerRecord<String, DeadLetter>> letters = kafka.deadLetters.history();
    assertThat(letters).hasSize(1);
    DeadLetter letter = letters.get(0).value();
    assertThat(letter.getReason()).isEqualTo("NO_ARTICLES");
    assertThat(letter.getOrigin()).isEqualTo(feed.toString());
    assertThat(letter.getOriginalBytes().array()).isEqualTo(xml.getBytes(StandardCharsets.UTF_8));
    assertThat(letter.getOriginalSize()).isEqualTo((long) xml.length());
  }

  @Test
  void shouldReadStdinForDash() {
    byte[] stdin = "[{\"headline\": \"From Stdin\", \"body\": \"Text.\"}]".getBytes(StandardCharsets.UTF_8);

    IngestSummary summary = ingester(stdin).ingest(List.of("-"));

    NewsArticle article = kafka.articles.history().get(0).value();
    assertThat(article.getOrigin()).isEqualTo("stdin");
    assertThat(article.getInputFormat()).isEqualTo(InputFormat.JSON);
    assertThat(summary.articlesPublished()).isEqualTo(1);
  }

  @Test
  void shouldNormaliseTextToNfc() throws IOException {
    Path file = write(dir.resolve("nfc.txt"), "Cafe\u0301 Reopens Downtown\n\nThe cafe\u0301 opened again on Monday.");

    ingester(new byte[0]).ingest(List.of(file.toString()));

    NewsArticle article = kafka.articles.history().get(0).value();
    assertThat(article.getHeadline()).isEqualTo("Caf\u00e9 Reopens Downtown");
    assertThat(article.getBody()).isEqualTo("The caf\u00e9 opened again on Monday.");
  }

  private void assertGoodArticle(NewsArticle article, String origin) {
    String standfirst = "The river crossing is open again.";
    String hash = ArticleIds.contentHash("Bridge Reopens After Repairs", standfirst, GOOD_BODY);
    NewsArticle expected = NewsArticle.newBuilder()
        .setId(ArticleIds.articleId("City Wire", null, hash))
        .setSourceId(null)
        .setSource("City Wire")
        .setUrl(null)
        .setHeadline("Bridge Reopens After Repairs")
        .setStandfirst(standfirst)
        .setBody(GOOD_BODY)
        .setSection("World")
        .setAuthors(List.of())
        .setLanguage("en")
        .setPublishedAt(null)
        .setIngestedAt(NOW)
        .setContentHash(hash)
        .setInputFormat(InputFormat.WIRE_TEXT)
        .setOrigin(origin)
        .setVersion(1)
        .setFeedTags(List.of())
        .build();
    assertThat(article).isEqualTo(expected);
  }

  private Ingester ingester(byte[] stdin) {
    return new Ingester(kafka.publisher, formats, Clock.fixed(NOW, ZoneOffset.UTC), new ByteArrayInputStream(stdin));
  }

  private static Path write(Path path, String text) throws IOException {
    return Files.writeString(path, text, StandardCharsets.UTF_8);
  }
}
