package dev.newswire.app.stories;

import dev.newswire.enrich.eval.stories.StoryArticle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.apache.kafka.common.utils.Utils;

/**
 * How a story stream reaches the enrich topology in {@link StoryReplay}. Every record's timestamp is
 * the article's {@code publishedAt} in every mode.
 *
 * <ul>
 *   <li>{@link #LIVE}: one article at a time in publication order, each read by ingest
 *       {@link #WATCH_DELAY} after publication, the wall clock moved to its publication before it is
 *       sent, and processed to the end before the next one (as {@code ingest --watch} on a folder
 *       where articles land one by one).
 *   <li>{@link #BULK}: a backfill. Every article is read at one instant after the last publication, and
 *       they reach the one-partition {@code related-sequence} topic in the order a backfill gives: ingest
 *       sends them in publication order to the {@value #PARTITIONS} partitions of the raw topic (by
 *       Kafka's default key hash), and the enrich tasks of those partitions, working at the same pace,
 *       forward them in turn (the first of each partition, then the second of each, ...). That order
 *       is a model of one run, not the only order Kafka can give.
 *   <li>{@link #BULK_IN_ORDER}: the same backfill arriving in publication order, which separates what
 *       the arrival order costs from what reading everything at one instant changes.
 * </ul>
 */
public enum ReplayMode {
  LIVE("live-like"),
  BULK("bulk"),
  BULK_IN_ORDER("bulk-in-order");

  /** Time from publication to ingestion of a live article. */
  public static final Duration WATCH_DELAY = Duration.ofSeconds(2);
  /** The raw topic's partitions in the local layout (TopicLayout.DEFAULT_PARTITIONS). */
  public static final int PARTITIONS = 3;
  /** Time from the last publication to the backfill. */
  public static final Duration BACKFILL_AFTER = Duration.ofDays(1);

  private final String label;

  ReplayMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** When ingest reads {@code article} of {@code articles} (in publication order). */
  Instant ingestedAt(StoryArticle article, List<StoryArticle> articles) {
    if (this == LIVE) {
      return article.publishedAt().plus(WATCH_DELAY);
    }
    return articles.get(articles.size() - 1).publishedAt().plus(BACKFILL_AFTER);
  }

  /** The order in which the articles (in publication order) reach the topology. */
  List<StoryArticle> arrivalOrder(List<StoryArticle> articles) {
    return this == BULK
        ? interleaved(articles, article -> partitionOf(article.id(), PARTITIONS), PARTITIONS)
        : List.copyOf(articles);
  }

  /** Each partition's articles in their order, the partitions taken in turn: one of each, then the next. */
  static List<StoryArticle> interleaved(List<StoryArticle> articles, ToIntFunction<StoryArticle> partition,
      int partitions) {
    List<List<StoryArticle>> byPartition = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      byPartition.add(new ArrayList<>());
    }
    for (StoryArticle article : articles) {
      byPartition.get(partition.applyAsInt(article)).add(article);
    }
    List<StoryArticle> order = new ArrayList<>();
    for (int turn = 0; order.size() < articles.size(); turn++) {
      for (List<StoryArticle> queue : byPartition) {
        if (turn < queue.size()) {
          order.add(queue.get(turn));
        }
      }
    }
    return order;
  }

  /** The partition Kafka's default partitioner gives a record with this string key. */
  static int partitionOf(String key, int partitions) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
  }
}
