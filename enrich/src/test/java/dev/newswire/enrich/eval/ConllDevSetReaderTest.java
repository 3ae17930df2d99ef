package dev.newswire.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newswire.enrich.testing.SharedData;
import dev.newswire.schemas.EntityType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads the CoNLL-2003 development set from {@code ../shared/devsets/conll2003} (skipped where it is
 * absent) and checks the counts its README publishes.
 */
class ConllDevSetReaderTest {

  @Test
  void shouldReadTheDevelopmentSetWithItsPublishedCounts() throws IOException {
    Path dir = SharedData.conll2003();
    assumeTrue(ConllDevSetReader.isConllFolder(dir), "no CoNLL-2003 set at " + dir + " (../shared is absent)");
    List<DevArticle> articles = ConllDevSetReader.read(dir, "dev");

    assertThat(articles).hasSize(216);
    assertThat(articles.get(0).id()).isEqualTo("conll-dev-000");
    Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
    int linked = 0;
    int nil = 0;
    int unscored = 0;
    for (DevArticle article : articles) {
      for (GoldMention gold : article.gold()) {
        assertThat(article.text(gold.field()).substring(gold.start(), gold.end())).isEqualTo(gold.text());
        byType.merge(gold.type(), 1, Integer::sum);
        if (!gold.linkScored()) {
          unscored++;
        } else if (gold.kbId() == null) {
          nil++;
        } else {
          linked++;
        }
      }
    }
    assertThat(byType).containsEntry(EntityType.PERSON, 1842).containsEntry(EntityType.ORGANIZATION, 1341)
        .containsEntry(EntityType.LOCATION, 1837).containsEntry(EntityType.MISC, 922);
    // 5,917 AIDA mentions less the 25 split over two lines; each split one is two NER mentions, unscored
    assertThat(linked).isEqualTo(4779);
    assertThat(nil).isEqualTo(1113);
    assertThat(unscored).isEqualTo(50);
  }

  @Test
  void shouldRefuseAnUnknownSet() {
    assertThatThrownBy(() -> ConllDevSetReader.read(SharedData.conll2003(), "test"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown set 'test'");
  }

  @Test
  void shouldMapTheFourConllTypes() {
    assertThat(ConllDevSetReader.type("PER")).isEqualTo(EntityType.PERSON);
    assertThat(ConllDevSetReader.type("ORG")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(ConllDevSetReader.type("LOC")).isEqualTo(EntityType.LOCATION);
    assertThat(ConllDevSetReader.type("MISC")).isEqualTo(EntityType.MISC);
    assertThatThrownBy(() -> ConllDevSetReader.type("DATE")).isInstanceOf(IllegalArgumentException.class);
  }
}
