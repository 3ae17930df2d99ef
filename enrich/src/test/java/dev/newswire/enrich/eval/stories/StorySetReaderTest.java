package dev.newswire.enrich.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorySetReaderTest {

  private static final String ARTICLE_2 = "{\"id\": \"s-2\", \"headline\": \"Strike ends\", \"body\": \"B.\", "
      + "\"source\": \"Northwire\", \"url\": null, \"publishedAt\": \"2026-03-03T09:00:00Z\"}";
  private static final String ARTICLE_1 = "{\"id\": \"s-1\", \"headline\": \"Strike\", \"body\": \"A.\", "
      + "\"source\": \"Northwire\", \"url\": \"https://stories.example/s-1\", \"publishedAt\": \"2026-03-02T09:00:00Z\"}";
  private static final String LABELS = "{\"id\": \"s-1\", \"story\": \"s01\", \"duplicateOf\": null, \"relatedTopics\": []}\n"
      + "{\"id\": \"s-2\", \"story\": \"s01\", \"duplicateOf\": \"s-1\", \"relatedTopics\": [\"FNV\"]}\n";

  @Test
  void shouldReadArticlesInPublicationOrderWithTheirLabels(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("articles.jsonl"), ARTICLE_2 + "\n\n" + ARTICLE_1 + "\n");
    Files.writeString(dir.resolve("labels.jsonl"), LABELS);

    StorySet set = StorySetReader.read(dir);

    assertThat(set.ids()).containsExactly("s-1", "s-2");
    assertThat(set.labels().get("s-2")).isEqualTo(new StoryLabel("s-2", "s01", "s-1", java.util.List.of("FNV")));
    assertThat(set.goldRelatedPairs()).containsExactly(Pair.of("s-1", "s-2"));
  }

  @Test
  void shouldNameTheFolderOrFileThatIsMissing(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> StorySetReader.read(dir.resolve("nope")))
        .hasMessage("no story stream folder at " + dir.resolve("nope"));
    assertThatThrownBy(() -> StorySetReader.read(dir)).hasMessage("no articles.jsonl in " + dir);
  }

  @Test
  void shouldNameTheLineThatIsMalformed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("articles.jsonl"), ARTICLE_1 + "\n" + ARTICLE_2.replace("2026-03-03T09:00:00Z", "March 3"));
    Files.writeString(dir.resolve("labels.jsonl"), LABELS);
    assertThatThrownBy(() -> StorySetReader.read(dir))
        .hasMessage(dir.resolve("articles.jsonl") + ":2: publishedAt is not an ISO-8601 instant: 'March 3'");

    Files.writeString(dir.resolve("articles.jsonl"), ARTICLE_1 + "\n{not json\n");
    assertThatThrownBy(() -> StorySetReader.read(dir)).hasMessageStartingWith(dir.resolve("articles.jsonl") + ":2: not JSON");

    Files.writeString(dir.resolve("articles.jsonl"), ARTICLE_1 + "\n" + ARTICLE_2);
    Files.writeString(dir.resolve("labels.jsonl"), LABELS.replace("\"duplicateOf\": \"s-1\"", "\"duplicateOf\": \"s-9\""));
    assertThatThrownBy(() -> StorySetReader.read(dir))
        .hasMessage(dir.resolve("labels.jsonl") + ": 's-2' is a duplicate of unknown 's-9'");
  }
}
