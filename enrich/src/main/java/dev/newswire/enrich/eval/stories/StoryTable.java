package dev.newswire.enrich.eval.stories;

import dev.newswire.enrich.eval.Counts;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * The story eval as a small text table: one row per run (related precision, recall, F1, found/predicted
 * pairs, recall of the gold pairs at most 7 days apart, story B-cubed, duplicate F1 and found/predicted
 * pairs, related topics found/gold), then what the stream holds.
 */
public final class StoryTable {

  private static final String ROW = "%-14s %5s %5s %5s %8s %6s %5s %5s %5s %6s %7s %6s%n";

  private StoryTable() {}

  public static String of(StorySet set, List<StoryScore> runs) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, ROW, "run", "relP", "relR", "relF1", "tp/pred", "R<=7d",
        "B3-P", "B3-R", "B3-F1", "dupF1", "dup", "topics"));
    for (StoryScore run : runs) {
      Counts related = run.related();
      out.append(String.format(Locale.ROOT, ROW, run.run(), f(related.precision()), f(related.recall()),
          f(related.f1()), related.truePositives() + "/" + related.predicted(), f(run.nearRecall().value()),
          f(run.stories().precision()), f(run.stories().recall()), f(run.stories().f1()),
          run.duplicates() == null ? "-" : f(run.duplicates().f1()),
          run.duplicates() == null ? "-" : run.duplicates().truePositives() + "/" + run.duplicates().predicted(),
          run.topics() == null ? "-" : run.topics().hits() + "/" + run.topics().gold()));
    }
    StoryScore any = runs.get(0);
    out.append(String.format(Locale.ROOT,
        "%d articles, %d gold related pairs (%d at most 7 days apart), %d gold stories incl. singletons, "
            + "%d duplicate pairs, %d related topics in %d articles.%n",
        set.ids().size(), any.related().gold(), any.nearRecall().total(),
        new HashSet<>(set.goldStories().values()).size(), set.goldDuplicatePairs().size(),
        set.withRelatedTopics().stream().mapToInt(id -> set.labels().get(id).relatedTopics().size()).sum(),
        set.withRelatedTopics().size()));
    return out.toString();
  }

  private static String f(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
