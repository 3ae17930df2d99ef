package dev.newswire.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newswire eval --stories} end to end on the project's {@code eval/stories/} (about 30 s: the NER
 * models, the index and three replays of 76 articles), and its refusals. The pipeline's own figures are
 * not pinned, since later work is meant to move them; what the stream holds and the TF-IDF baseline are.
 */
class StoriesEvalTest {

  private final CliRun cli = new CliRun();

  @Test
  void shouldReplayTheStoryStreamInEveryModeAndScoreItBesideTheBaseline(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("stories.json");

    int exit = cli.run("eval", "--stories", Path.of("..", "eval", "stories").toString(), "--json-out", json.toString());

    assertThat(exit).as(cli.err()).isZero();
    List<String> table = cli.out().lines().toList();
    assertThat(table).hasSize(8);
    assertThat(table.get(7)).isEqualTo("76 articles, 91 gold related pairs (42 at most 7 days apart), 31 gold stories "
        + "incl. singletons, 4 duplicate pairs, 62 related topics in 40 articles.");
    JsonNode runs = new ObjectMapper().readTree(json.toFile()).get("runs");
    assertThat(runs.fieldNames()).toIterable()
        .containsExactly("live-like", "bulk", "bulk-in-order", "tfidf>=0.10", "tfidf>=0.15", "tfidf>=0.20");
    for (String replay : List.of("live-like", "bulk", "bulk-in-order")) {
      assertThat(runs.get(replay).get("outputs").asInt()).as(replay).isEqualTo(76);
      assertThat(runs.get(replay).get("related").get("gold").asInt()).as(replay).isEqualTo(91);
      assertThat(runs.get(replay).get("duplicates").get("gold").asInt()).as(replay).isEqualTo(4);
    }
    // today's figures, pinned so a change to related links shows here (update them when it is meant to):
    // the sequencing delay links a backfill in publication order whatever the arrival order
    assertThat(List.of(found(runs, "live-like", "related"), found(runs, "bulk", "related"),
        found(runs, "bulk-in-order", "related"))).containsExactly(List.of(89, 94), List.of(91, 95), List.of(91, 95));
    assertThat(List.of(found(runs, "live-like", "duplicates"), found(runs, "bulk", "duplicates"),
        found(runs, "bulk-in-order", "duplicates"))).containsExactly(List.of(4, 4), List.of(4, 4), List.of(4, 4));
    // issue 12's bar, live and in bulk: related F1 >= 0.90 and above the best TF-IDF threshold, story B3 >= 0.85
    double tfIdf = THRESHOLDS.stream().mapToDouble(t -> runs.get(t).get("related").get("f1").asDouble()).max().orElseThrow();
    for (String replay : List.of("live-like", "bulk")) {
      double f1 = runs.get(replay).get("related").get("f1").asDouble();
      assertThat(f1).as(replay).isGreaterThanOrEqualTo(0.90).isGreaterThan(tfIdf);
      assertThat(runs.get(replay).get("stories_bcubed").get("f1").asDouble()).as(replay).isGreaterThanOrEqualTo(0.85);
    }
    JsonNode baseline = runs.get("tfidf>=0.15").get("related");
    assertThat(List.of(baseline.get("tp").asInt(), baseline.get("predicted").asInt())).containsExactly(76, 82);
    assertThat(cli.err()).contains("newswire eval: bulk: 76 enriched, 0 dead letters");
  }

  private static final List<String> THRESHOLDS = List.of("tfidf>=0.10", "tfidf>=0.15", "tfidf>=0.20");

  /** True positives and predictions of one measure of one run. */
  private static List<Integer> found(JsonNode runs, String run, String measure) {
    JsonNode counts = runs.get(run).get(measure);
    return List.of(counts.get("tp").asInt(), counts.get("predicted").asInt());
  }

  @Test
  void shouldRefuseAMissingFolderInOneLine() {
    int exit = cli.run("eval", "--stories", "/nonexistent/stories");

    assertThat(exit).isEqualTo(2);
    assertThat(cli.err().lines().toList()).containsExactly("newswire eval: no story stream folder at /nonexistent/stories");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void shouldRefuseAMalformedLineInOneLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("articles.jsonl"), "{\"id\": \"s-1\", \"headline\": \"H\"}\n");
    Files.writeString(dir.resolve("labels.jsonl"), "{\"id\": \"s-1\", \"story\": null}\n");

    int exit = cli.run("eval", "--stories", dir.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(cli.err().lines().toList())
        .containsExactly("newswire eval: " + dir.resolve("articles.jsonl") + ":1: missing 'body'");
  }
}
