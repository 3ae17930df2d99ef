package dev.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.ingest.dedup.ArticleLedger;
import dev.newswire.ingest.dedup.FileArticleLedgers;
import dev.newswire.ingest.format.FormatDetector;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.format.RawInput;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.ingest.language.LinguaLanguageGuesser;
import dev.newswire.schemas.NewsArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIntakeTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
  static final String NINJS = "{\"uri\": \"urn:x:1\", \"versioncreated\": \"2024-05-01T09:00:00Z\", "
      + "\"infosources\": [{\"name\": \"Agency\"}], \"headline\": \"Dam Opens\", \"body_text\": \"%s\"}";

  @TempDir
  Path dir;

  private final MockKafka kafka = new MockKafka(true);
  private final FormatDetector formats = FormatDetector.standard(FormatLimits.defaults());

  @Test
  void shouldSkipADuplicateAndPublishAnUpdateAsTheNextVersionUnderTheSameId() {
    ArticleIntake intake = intake(ArticleLedger.inMemory());

    IntakeReport first = intake.take(raw(NINJS.formatted("The dam opened on Monday.")));
    IntakeReport again = intake.take(raw(NINJS.formatted("The dam opened on Monday.")));
    IntakeReport update = intake.take(raw(NINJS.formatted("The dam opened on Monday, a day late.")));

    List<NewsArticle> sent = sent();
    assertThat(sent).extracting(NewsArticle::getVersion).containsExactly(1, 2);
    assertThat(sent.get(1).getId()).isEqualTo(sent.get(0).getId());
    assertThat(sent.get(1).getBody()).isEqualTo("The dam opened on Monday, a day late.");
    assertThat(first.articles()).singleElement().isEqualTo(new IntakeReport.IntakeArticle(sent.get(0).getId(), 1, false));
    assertThat(again.articles()).singleElement().isEqualTo(new IntakeReport.IntakeArticle(sent.get(0).getId(), 1, true));
    assertThat(update.articles()).singleElement().isEqualTo(new IntakeReport.IntakeArticle(sent.get(0).getId(), 2, false));
  }

  @Test
  void shouldTreatACopyFromAnotherSourceAsANewArticle() {
    ArticleIntake intake = intake(ArticleLedger.inMemory());
    String json = "{\"source\": \"%s\", \"headline\": \"Same Story\", \"body\": \"Same words.\"}";

    intake.take(raw(json.formatted("Wire A")));
    intake.take(raw(json.formatted("Wire A")));
    intake.take(raw(json.formatted("Wire B")));

    List<NewsArticle> sent = sent();
    assertThat(sent).extracting(NewsArticle::getSource).containsExactly("Wire A", "Wire B");
    assertThat(sent.get(0).getId()).isNotEqualTo(sent.get(1).getId());
    assertThat(sent.get(0).getContentHash()).isEqualTo(sent.get(1).getContentHash());
  }

  @Test
  void shouldRememberPublishedArticlesAcrossRestarts() throws Exception {
    try (ArticleLedger ledger = FileArticleLedgers.open(dir, "cluster/topic")) {
      intake(ledger).take(raw(NINJS.formatted("Version one.")));
    }
    Path file;
    try (var listing = Files.list(dir)) {
      file = listing.filter(path -> path.toString().endsWith(".ledger")).findFirst().orElseThrow();
    }
    Files.writeString(file, "torn-line-without-newl", java.nio.file.StandardOpenOption.APPEND);

    try (ArticleLedger ledger = FileArticleLedgers.open(dir, "cluster/topic")) {
      IntakeReport again = intake(ledger).take(raw(NINJS.formatted("Version one.")));
      IntakeReport update = intake(ledger).take(raw(NINJS.formatted("Version two.")));
      assertThat(again.duplicates()).isEqualTo(1);
      assertThat(update.articles()).extracting(IntakeReport.IntakeArticle::version).containsExactly(2);
    }
    try (ArticleLedger otherTopic = FileArticleLedgers.open(dir, "cluster/other-topic")) {
      assertThat(intake(otherTopic).take(raw(NINJS.formatted("Version one."))).published()).isEqualTo(1);
    }
    assertThat(sent()).extracting(NewsArticle::getVersion).containsExactly(1, 2, 1);
  }

  @Test
  void shouldPublishAgainWhenTheEarlierSendFailed() {
    MockProducer<String, NewsArticle> manual = new MockProducer<>(false, null, new StringSerializer(),
        MockKafka.SERDES.newsArticle());
    MockKafka failing = new MockKafka(manual);
    ArticleIntake intake = ArticleIntake.builder(failing.publisher, formats, CLOCK)
        .languages(text -> null).ledger(ArticleLedger.inMemory()).build();

    IntakeReport first = intake.take(raw(NINJS.formatted("Text.")));
    manual.errorNext(new org.apache.kafka.common.errors.TimeoutException("broker away"));
    IntakeReport retry = intake.take(raw(NINJS.formatted("Text.")));
    manual.completeNext();

    assertThat(first.sent()).isCompletedExceptionally();
    assertThat(retry.published()).isEqualTo(1);
    assertThat(retry.sent()).isCompleted();
  }

  @Test
  void shouldRejectArticleTextOverTheLimit() {
    FormatDetector small = FormatDetector.standard(new FormatLimits(1 << 20, 100, 32));
    ArticleIntake intake = ArticleIntake.builder(kafka.publisher, small, CLOCK).languages(text -> null).build();
    String rss = "<rss version=\"2.0\"><channel><title>T</title><item><title>Big</title><description>"
        + "word ".repeat(40) + "</description></item><item><title>Small</title><description>Short.</description>"
        + "</item></channel></rss>";

    IntakeReport report = intake.take(raw(rss));

    assertThat(report.published()).isEqualTo(1);
    assertThat(report.failures()).extracting(ParseFailure::reason).containsExactly(RejectReason.TOO_LARGE);
    assertThat(kafka.deadLetters.history()).singleElement()
        .satisfies(letter -> assertThat(letter.value().getErrorMessage()).isEqualTo("article text is 202 bytes; the limit is 100"));
  }

  @Test
  void shouldDetectLanguageDecodeEntitiesAndNormaliseToNfc() {
    ArticleIntake intake = ArticleIntake.builder(kafka.publisher, formats, CLOCK)
        .languages(new LinguaLanguageGuesser()).build();
    String text = "Cafe\u0301 &amp; Bäckerei öffnet wieder\n\nDie Bäckerei am Markt hat nach dem Umbau wieder "
        + "geöffnet. Die Kunden freuen sich über frisches Brot und Kuchen am Morgen.";

    intake.take(raw(text));

    NewsArticle article = sent().get(0);
    assertThat(article.getHeadline()).isEqualTo("Caf\u00e9 & Bäckerei öffnet wieder");
    assertThat(article.getLanguage()).isEqualTo("de");
  }

  @Test
  void shouldPublishTheDatelineAndBylineOfWireText() {
    String text = "Ceasefire Talks Resume in Geneva\n\nBy Maria Lopez\n"
        + "GENEVA, May 2 (Reuters) - Negotiators returned to the table on Thursday.\nThey will meet again.";

    intake(ArticleLedger.inMemory()).take(raw(text));

    NewsArticle article = sent().get(0);
    assertThat(article.getDateline()).isEqualTo("GENEVA, May 2 (Reuters)");
    assertThat(article.getAuthors()).containsExactly("Maria Lopez");
    assertThat(article.getBody()).startsWith("GENEVA, May 2 (Reuters) - Negotiators");
  }

  private ArticleIntake intake(ArticleLedger ledger) {
    return ArticleIntake.builder(kafka.publisher, formats, CLOCK).languages(text -> null).ledger(ledger).build();
  }

  private List<NewsArticle> sent() {
    return kafka.articles.history().stream().map(ProducerRecord::value).toList();
  }

  private static RawInput raw(String text) {
    return new RawInput("test", null, text.getBytes(StandardCharsets.UTF_8));
  }
}
