package dev.newswire.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.link.KbOverride;
import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.link.LayeredLinker;
import dev.newswire.enrich.link.OverrideSource;
import dev.newswire.enrich.ner.KnownNames;
import dev.newswire.enrich.testing.FakeKb;
import dev.newswire.schemas.EntityType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupLinkerTest {

  private static final FakeKb KB = new FakeKb()
      .curated("UN", "United_Nations", "ORGANIZATION", "INTERNATIONAL_ORGANIZATION")
      .indexed("Barcelona", "Barcelona", 0.9)
      .indexed("Berlin", "Berlin", 0.9)
      .counted("Barcelona", "FC_Barcelona", 13)
      .counted("Barcelona", "Barcelona", 3)
      .counted("Sevilla", "Sevilla_FC", 5)
      .counted("Sevilla", "Seville", 2)
      .counted("UN", null, 2);

  private static Optional<Link> link(String text, EntityType type, KnownNames names) {
    MentionGroup group = LinkCandidatesTest.group(text, type);
    return Optional.ofNullable(GroupLinker.link(List.of(group), names).get(0).link());
  }

  @Test
  void shouldTakeTheFirstCandidateWithoutWeights() {
    assertThat(link("Barcelona", EntityType.ORGANIZATION, KB.names())).map(Link::title).contains("Barcelona");
    assertThat(link("Sevilla", EntityType.ORGANIZATION, KB.names())).map(Link::title).contains("Sevilla_FC");
    assertThat(link("UN", EntityType.ORGANIZATION, KB.names())).map(Link::title).contains("United_Nations");
    assertThat(link("Nowhere", EntityType.LOCATION, KB.names())).isEmpty();
  }

  @Test
  void shouldTakeALiveOverrideAsItStands() {
    OverrideSource live = surface -> surface.equals("Berlin")
        ? Optional.of(new KbOverride("Berlin", "Berlin_(band)", "ORGANIZATION", null)) : Optional.empty();
    KnownNames names = new KnownNames(new LayeredLinker(live, KB.overrides(), KB));
    assertThat(link("Berlin", EntityType.ORGANIZATION, names)).map(Link::title).contains("Berlin_(band)");
    assertThat(link("Berlin", EntityType.ORGANIZATION, names)).map(Link::origin).contains(Link.Origin.LIVE_OVERRIDE);
  }
}
