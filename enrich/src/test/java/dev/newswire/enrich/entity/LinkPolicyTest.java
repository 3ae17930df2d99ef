package dev.newswire.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.ner.KnownNames;
import dev.newswire.enrich.ner.RawMention;
import dev.newswire.enrich.ner.TypeScores;
import dev.newswire.enrich.testing.FakeKb;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkPolicyTest {

  private static final FakeKb KB = new FakeKb()
      .curated("NEW YORK", "New_York_City", "LOCATION", "CITY")
      .curated("SCOTLAND", "Scotland", "LOCATION", "COUNTRY")
      .curated("US-backed", "United_States", "LOCATION", "COUNTRY")
      .indexed("Rotor", "FC_Rotor_Volgograd", 0.9);

  private static RawMention scored(String text, String label, double per, double org, double loc, double misc) {
    return new RawMention("body", 0, text.length(), text, label, new TypeScores(per, org, loc, misc));
  }

  private static Optional<Link> link(RawMention mention) {
    KnownNames names = KB.names();
    return LinkPolicy.linkFor(mention, names);
  }

  @Test
  void shouldRefuseACuratedRowOfAnotherTypeThanTheSettledOne() {
    // the learned type stage settled on ORGANIZATION (a club in a results line): the city's row is no link
    assertThat(link(scored("NEW YORK", "ORGANIZATION", 0.0, 0.95, 0.05, 0.0))).isEmpty();
    assertThat(link(scored("NEW YORK", "ORGANIZATION", 0.0, 0.3, 0.7, 0.0))).isEmpty();
    assertThat(link(scored("NEW YORK", "LOCATION", 0.0, 0.7, 0.3, 0.0))).map(Link::title).contains("New_York_City");
  }

  @Test
  void shouldKeepACountryWhateverTheTaggersSaidButNotItsModifiedForm() {
    assertThat(link(scored("SCOTLAND", "ORGANIZATION", 0.0, 0.99, 0.01, 0.0))).map(Link::title).contains("Scotland");
    assertThat(link(scored("US-backed", "MISC", 0.0, 0.0, 0.01, 0.99))).isEmpty();
    assertThat(link(scored("US-backed", "MISC", 0.0, 0.0, 0.3, 0.7))).isEmpty();
    assertThat(link(new RawMention("body", 0, 9, "US-backed", "MISC"))).isEmpty();
  }

  @Test
  void shouldLinkUnscoredMentionsAndIndexAnswersAsBefore() {
    assertThat(link(new RawMention("body", 0, 8, "NEW YORK", "ORGANIZATION"))).map(Link::title).contains("New_York_City");
    assertThat(link(scored("Rotor", "ORGANIZATION", 0.0, 0.99, 0.01, 0.0))).map(Link::title)
        .contains("FC_Rotor_Volgograd");
  }
}
