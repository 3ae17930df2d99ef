package dev.newswire.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.ner.RawMention;
import dev.newswire.enrich.ner.TypeScores;
import dev.newswire.enrich.testing.FakeKb;
import dev.newswire.schemas.EntityType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupLinkerTest {

  private static final FakeKb KB = new FakeKb()
      .curated("UN", "United_Nations", "ORGANIZATION", "INTERNATIONAL_ORGANIZATION")
      .indexed("Barcelona", "Barcelona", 0.9)
      .indexed("Far East", "Far_East", 0.9)
      .indexed("Smith", "Smith_(surname)", 0.9)
      .counted("Barcelona", "FC_Barcelona", 13)
      .counted("Barcelona", "Barcelona", 3)
      .counted("UN", null, 2)
      .counted("Far East", null, 1)
      .counted("Smith", null, 4);

  private static Optional<Link> link(String text, EntityType type) {
    String label = type.name();
    RawMention mention = new RawMention("body", 0, text.length(), text, label,
        new TypeScores(type == EntityType.PERSON ? 1 : 0, type == EntityType.ORGANIZATION ? 1 : 0,
            type == EntityType.LOCATION ? 1 : 0, type == EntityType.MISC ? 1 : 0));
    MentionGroup group = new MentionGroup(new EntityKind(type, null), List.of(mention));
    return GroupLinker.bestLink(group, KB.names());
  }

  @Test
  void shouldPreferHowAnnotatorsLinkedANameToTheDictionaryPrior() {
    assertThat(link("Barcelona", EntityType.ORGANIZATION)).map(Link::title).contains("FC_Barcelona");
    assertThat(link("Barcelona", EntityType.ORGANIZATION)).map(Link::origin).contains(Link.Origin.LINK_COUNTS);
    assertThat(link("Barcelona", EntityType.ORGANIZATION)).map(Link::score).contains(13.0 / 16);
  }

  @Test
  void shouldLeaveUnlinkedANameAnnotatorsFoundNoPageForMoreThanOnce() {
    assertThat(link("Smith", EntityType.PERSON)).isEmpty();
    assertThat(link("Far East", EntityType.LOCATION)).map(Link::title).contains("Far_East"); // once is not enough
  }

  @Test
  void shouldKeepACuratedRowOverAnOldAnnotationGap() {
    assertThat(link("UN", EntityType.ORGANIZATION)).map(Link::title).contains("United_Nations");
  }
}
