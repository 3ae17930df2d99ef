package dev.newswire.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.link.LayeredLinker;
import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.link.LinkCounts;
import dev.newswire.enrich.link.WikipediaUrls;
import dev.newswire.enrich.ner.KnownNames;
import dev.newswire.enrich.testing.FakeKb;
import dev.newswire.schemas.EntityType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TitleAgreementTest {

  private static KnownNames names() throws IOException {
    LinkCounts counts = LinkCounts.read(InputStream.nullInputStream(), new ByteArrayInputStream(
        "MaliVai_Washington\t11\t0\t1\t0\nWashington,_D.C.\t0\t0\t18\t0\nSão_Paulo\t3\t0\t7\t0\n"
            .getBytes(StandardCharsets.UTF_8)));
    FakeKb kb = new FakeKb();
    return new KnownNames(new LayeredLinker(kb.overrides(), kb), counts);
  }

  private static Link index(String title) {
    return new Link(title, WikipediaUrls.of(title), 0.9, null, null, Link.Origin.INDEX);
  }

  @Test
  void shouldRefuseAPersonLinkedToAPlaceAndAPlaceLinkedToAPerson() throws IOException {
    KnownNames names = names();
    assertThat(TitleAgreement.contradicts(EntityType.PERSON, index("Washington,_D.C."), names)).isTrue();
    assertThat(TitleAgreement.contradicts(EntityType.LOCATION, index("MaliVai_Washington"), names)).isTrue();
    assertThat(TitleAgreement.contradicts(EntityType.PERSON, index("MaliVai_Washington"), names)).isFalse();
    assertThat(TitleAgreement.contradicts(EntityType.LOCATION, index("Washington,_D.C."), names)).isFalse();
    // mixed votes say nothing; MISC agrees with anything
    assertThat(TitleAgreement.contradicts(EntityType.PERSON, index("São_Paulo"), names)).isFalse();
    assertThat(TitleAgreement.contradicts(EntityType.MISC, index("MaliVai_Washington"), names)).isFalse();
  }

  @Test
  void shouldReadUnknownTitlesByTheirHeadWordAndCuratedRowsByTheirType() throws IOException {
    KnownNames names = names();
    assertThat(TitleAgreement.contradicts(EntityType.PERSON, index("Japan_Aerospace_Exploration_Agency"), names))
        .isTrue();
    assertThat(TitleAgreement.contradicts(EntityType.PERSON, index("Aston_Villa_F.C."), names)).isTrue();
    assertThat(TitleAgreement.contradicts(EntityType.PERSON, index("Roscosmos"), names)).isFalse(); // unknown
    Link capital = new Link("Nairobi", WikipediaUrls.of("Nairobi"), 1, "LOCATION", "CITY",
        Link.Origin.CURATED_OVERRIDE);
    assertThat(TitleAgreement.contradicts(EntityType.PERSON, capital, names)).isTrue();
    Link live = new Link("Nairobi", WikipediaUrls.of("Nairobi"), 1, "LOCATION", "CITY", Link.Origin.LIVE_OVERRIDE);
    assertThat(TitleAgreement.contradicts(EntityType.PERSON, live, names)).isFalse();
  }
}
