package dev.newswire.app.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newswire.app.testing.EmbeddedKafkaExtension;
import dev.newswire.enrich.EnrichConfig;
import dev.newswire.ingest.ArticleIds;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.serde.ArticleSerdes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: an article that takes many seconds to enrich does not set off a rebalance storm. Two
 * {@code newswire enrich} processes with one application id and newswire's default settings share a
 * raw topic of 2 partitions; one batch holds normal articles and two very long ones (one per
 * partition, each some 600 KB of text, 7-20 s of NER here), each after normal articles, so an
 * exactly-once transaction is open while it is enriched. Every article must come out exactly once
 * and neither process may pass through REBALANCING after both settled in (the state changes
 * {@code EnrichApp} logs, counted in each process's log).
 */
@Tag("slow")
class SlowArticleIT {

  @RegisterExtension
  static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

  private static final int PARTITIONS = 2;
  private static final int NORMAL = 20;
  /**
   * 600,000 chars, two thirds of it sentences without names: NER time grows with the text, the
   * enriched article with the mentions, which must stay under what one produce request carries.
   */
  private static final int LONG_CHARS = 600_000;
  private static final String NAMELESS = "the talks went on late into the evening, and the delegations agreed to meet"
      + " again once the new figures on trade, energy and the budget for the coming year were in. ";
  private static final Pattern STATE = Pattern.compile("state (\\w+) -> (\\w+)");
  private static final Duration SETTLED = Duration.ofSeconds(5);
  private static final Duration ENRICH_TIMEOUT = Duration.ofSeconds(240);

  @TempDir
  Path temp;

  @Test
  void shouldEnrichVeryLongArticlesWithoutARebalance() {
    ProcessPipeline pipeline = new ProcessPipeline(KAFKA, "slow-article", temp, PARTITIONS).createTopics();
    try (NewswireProcess a = pipeline.startEnrich("enrich-a", temp.resolve("state-a"), Map.of());
        NewswireProcess b = pipeline.startEnrich("enrich-b", temp.resolve("state-b"), Map.of())) {
      EnrichRuns.awaitRunning(a, b);
      awaitSettled(a, b);
      int rebalancesBeforeA = rebalances(a);
      int rebalancesBeforeB = rebalances(b);

      List<String> longIds = longArticleIds();
      StringBuilder lines = new StringBuilder();
      int normal = 0;
      for (int i = 0; i < NORMAL; i++) {
        lines.append(ProcessPipeline.article(String.format(Locale.ROOT, "normal-%02d", i), i)).append('\n');
        normal++;
        if (i == 3 || i == 4) {
          lines.append(longArticle(longIds.get(i - 3))).append('\n');
        }
      }
      int total = normal + longIds.size();
      long ingested = System.nanoTime();
      pipeline.ingestJsonLines("slow-batch.jsonl", lines, total);
      await(total + " committed enriched records").atMost(ENRICH_TIMEOUT).pollInterval(Duration.ofMillis(500))
          .failFast("both enrich processes alive", () -> {
            if (!a.isAlive() || !b.isAlive()) {
              throw new AssertionError("an enrich process died:\n" + EnrichRuns.tails(a, b));
            }
          })
          .until(() -> pipeline.enrichedCommitted().size() >= total);
      EnrichRuns.awaitExactlyCommitted(pipeline, total, a, b);
      long allOutSeconds = (System.nanoTime() - ingested) / 1_000_000_000;

      List<Long> longMillis = enrichMillisOfLongArticles(pipeline);
      int rebalancesA = rebalances(a) - rebalancesBeforeA;
      int rebalancesB = rebalances(b) - rebalancesBeforeB;
      System.out.printf("slow articles: %d normal + %d long (%d chars), long ones took %s ms to enrich, all out "
              + "after %d s; rebalances after settling: a=%d b=%d; max.poll.interval.ms=%d max.poll.records=%d%n",
          normal, longIds.size(), LONG_CHARS, longMillis, allOutSeconds, rebalancesA, rebalancesB,
          EnrichConfig.DEFAULT_MAX_POLL_INTERVAL_MS, EnrichConfig.DEFAULT_MAX_POLL_RECORDS);

      EnrichCrashIT.assertExactlyOnce(pipeline, total, "two instances, two long articles");
      assertThat(longMillis).as("enrich time of the long articles (ms); they must be really slow").hasSize(2)
          .allSatisfy(ms -> assertThat(ms).isGreaterThan(5_000L));
      assertThat(rebalancesA).as("rebalances of enrich-a after it settled\n%s", a.tail(60)).isZero();
      assertThat(rebalancesB).as("rebalances of enrich-b after it settled\n%s", b.tail(60)).isZero();
    }
  }

  /** Two source ids whose article ids land on partitions 0 and 1 of the raw topic. */
  private static List<String> longArticleIds() {
    List<String> ids = new ArrayList<>(List.of("", ""));
    for (int n = 0; ids.contains(""); n++) {
      String sourceId = "long-" + n;
      String key = ArticleIds.articleId(null, sourceId, "");
      int partition = Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
      if (ids.get(partition).isEmpty()) {
        ids.set(partition, sourceId);
      }
    }
    return ids;
  }

  /** A JSON article of about {@link #LONG_CHARS} chars: the generator's sentences, each followed by nameless ones. */
  private static String longArticle(String id) {
    StringBuilder body = new StringBuilder();
    for (int n = 0; body.length() < LONG_CHARS; n++) {
      String article = ProcessPipeline.article(id, n);
      int start = article.indexOf("\"body\": \"") + 9;
      body.append(article, start, article.length() - 2).append(' ').append(NAMELESS).append(NAMELESS)
          .append(n % 5 == 4 ? "\\n\\n" : "");
    }
    return String.format(Locale.ROOT, "{\"id\": \"%s\", \"headline\": \"A very long report (%s)\", \"body\": \"%s\"}",
        id, id, body.toString().strip());
  }

  private static List<Long> enrichMillisOfLongArticles(ProcessPipeline pipeline) {
    ArticleSerdes serdes = ArticleSerdes.create();
    List<Long> millis = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : pipeline.enrichedCommitted()) {
      EnrichedArticle article = serdes.enrichedArticle().decode(record.value());
      if (article.getSourceId() != null && article.getSourceId().startsWith("long-")) {
        millis.add(article.getEnrichment().getProcessingMillis());
      }
    }
    return millis;
  }

  /** Waits until both processes are RUNNING and neither changed state for {@link #SETTLED}. */
  private static void awaitSettled(NewswireProcess a, NewswireProcess b) {
    String[] last = {""};
    long[] since = {System.nanoTime()};
    await("both enrich processes settled in RUNNING").atMost(EnrichRuns.START_TIMEOUT)
        .pollInterval(Duration.ofMillis(250)).until(() -> {
          String now = states(a) + "|" + states(b);
          if (!now.equals(last[0])) {
            last[0] = now;
            since[0] = System.nanoTime();
            return false;
          }
          return now.endsWith("RUNNING") && states(a).endsWith("RUNNING")
              && System.nanoTime() - since[0] >= SETTLED.toNanos();
        });
  }

  /** Every state change the process logged, in order, as "A>B,C>D". */
  private static String states(NewswireProcess process) {
    StringBuilder changes = new StringBuilder();
    Matcher m = STATE.matcher(process.output());
    while (m.find()) {
      changes.append(m.group(1)).append('>').append(m.group(2)).append(',');
    }
    return changes.length() == 0 ? "" : changes.substring(0, changes.length() - 1);
  }

  private static int rebalances(NewswireProcess process) {
    Matcher m = STATE.matcher(process.output());
    int count = 0;
    while (m.find()) {
      count += m.group(2).equals("REBALANCING") ? 1 : 0;
    }
    return count;
  }
}
