package dev.newswire.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.schemas.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the shipped dev set, {@code eval/devset/articles.jsonl} at the repository root. */
class DevSetFileTest {

  private static List<DevArticle> articles;

  @BeforeAll
  static void load() throws IOException {
    articles = DevSetReader.read(devSet());
  }

  @Test
  void shouldHaveAtLeastThirtyArticlesWithDistinctIds() {
    assertThat(articles).hasSizeGreaterThanOrEqualTo(30);
    assertThat(articles).extracting(DevArticle::id).doesNotHaveDuplicates();
  }

  @Test
  void shouldHaveEveryGoldTextEqualToItsSubstring() {
    for (DevArticle article : articles) {
      for (GoldMention gold : article.gold()) {
        assertThat(article.text(gold.field()).substring(gold.start(), gold.end()))
            .as("%s %s", article.id(), gold).isEqualTo(gold.text());
      }
    }
  }

  @Test
  void shouldUseOnlySchemaTypesAndUnderscoredTitles() {
    Set<EntityType> seen = EnumSet.noneOf(EntityType.class);
    for (DevArticle article : articles) {
      for (GoldMention gold : article.gold()) {
        seen.add(gold.type());
        assertThat(gold.field()).isIn("headline", "body");
        if (gold.kbId() != null) {
          assertThat(gold.kbId()).as("%s %s", article.id(), gold).doesNotContainAnyWhitespaces().isNotEmpty();
        }
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(EntityType.values());
  }

  @Test
  void shouldHaveNoOverlappingGoldSpansInAField() {
    List<String> overlaps = new ArrayList<>();
    for (DevArticle article : articles) {
      List<GoldMention> gold = article.gold();
      for (int i = 0; i < gold.size(); i++) {
        for (int j = i + 1; j < gold.size(); j++) {
          if (gold.get(i).overlaps(gold.get(j))) {
            overlaps.add(article.id() + ": " + gold.get(i) + " / " + gold.get(j));
          }
        }
      }
    }
    assertThat(overlaps).isEmpty();
  }

  @Test
  void shouldHaveShortArticlesWithNamesInHeadlinesAndBodies() {
    Set<String> fields = new HashSet<>();
    for (DevArticle article : articles) {
      int words = article.body().trim().split("\\s+").length;
      assertThat(words).as(article.id()).isBetween(80, 200);
      assertThat(article.gold()).as(article.id()).isNotEmpty();
      article.gold().forEach(g -> fields.add(g.field()));
    }
    assertThat(fields).containsExactlyInAnyOrder("headline", "body");
  }

  /** The dev set, found from the module directory Maven runs tests in, or any directory below the root. */
  static Path devSet() {
    Path relative = Path.of("eval", "devset", "articles.jsonl");
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(relative))) {
        return dir.resolve(relative);
      }
    }
    throw new IllegalStateException("no " + relative + " above " + Path.of("").toAbsolutePath());
  }
}
