package dev.newswire.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newswire.enrich.ner.ArticleText;
import dev.newswire.enrich.ner.RawMention;
import dev.newswire.enrich.testing.FakeKb;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.EntityType;
import dev.newswire.schemas.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Entities with knowledge-base links: aliases, nationalities, types, misspellings, names and ids. */
class LinkedEntitiesTest {

  private static final FakeKb KB = new FakeKb()
      .curated("DPRK", "North_Korea", "LOCATION", "COUNTRY")
      .curated("North Korea", "North_Korea", "LOCATION", "COUNTRY")
      .curated("North Korean", "North_Korea", "MISC", "NATIONALITY")
      .curated("US", "United_States", "LOCATION", "COUNTRY")
      .curated("Putin", "Vladimir_Putin", "PERSON", null)
      .curated("Vostochny Cosmodrome", "Vostochny_Cosmodrome", "LOCATION", "FACILITY")
      .indexed("United States", "United_States", 0.98)
      .indexed("Asian", "Race_and_ethnicity_in_the_United_States_Census", 0.96)
      .indexed("Soyuz-2", "Soyuz_2_rocket", 0.97)
      .indexed("Cold War", "Cold_War", 0.99)
      .indexed("Berg", "Alban_Berg", 0.9)
      .indexed("Oslo", "Oslo", 0.3);

  /** Mentions laid out in one body text, in the order given, each followed by " x ". */
  private static final class Text {
    final StringBuilder body = new StringBuilder();
    final List<RawMention> mentions = new ArrayList<>();

    Text add(String surface, String label) {
      mentions.add(new RawMention("body", body.length(), body.length() + surface.length(), surface, label));
      body.append(surface).append(" x ");
      return this;
    }

    List<Entity> entities() {
      return EntityExtractor.extract(mentions, ArticleText.of("", "", body.toString()), KB.names());
    }
  }

  private static Entity named(List<Entity> entities, String name) {
    Optional<Entity> found = entities.stream().filter(e -> e.getName().equals(name)).findFirst();
    assertThat(found).as(name).isPresent();
    return found.orElseThrow();
  }

  private static List<String> texts(Entity entity) {
    return entity.getMentions().stream().map(Mention::getText).toList();
  }

  @Test
  void shouldMergeAcronymsAndNamesOfOneTitleAndNameItByTheTitle() {
    List<Entity> entities = new Text().add("DPRK", "ORGANIZATION").add("US", "LOCATION")
        .add("North Korea", "LOCATION").add("United States", "LOCATION").add("DPRK", "ORGANIZATION").entities();

    assertThat(entities).extracting(Entity::getName, Entity::getType, Entity::getSubtype, Entity::getKbId)
        .containsExactlyInAnyOrder(
            tuple("North Korea", EntityType.LOCATION, "COUNTRY", "North_Korea"),
            tuple("United States", EntityType.LOCATION, "COUNTRY", "United_States"));
    assertThat(texts(named(entities, "North Korea"))).containsExactly("DPRK", "North Korea", "DPRK");
    assertThat(texts(named(entities, "United States"))).containsExactly("US", "United States");
    assertThat(named(entities, "North Korea").getId()).isEqualTo(EntityIds.ofKb("North_Korea", false));
    assertThat(named(entities, "North Korea").getKbUrl()).isEqualTo("https://en.wikipedia.org/wiki/North_Korea");
  }

  @Test
  void shouldKeepANationalityApartFromItsCountry() {
    List<Entity> entities = new Text().add("North Korean", "MISC").add("North Korea", "LOCATION")
        .add("North Korean", "MISC").entities();

    assertThat(entities).extracting(Entity::getName, Entity::getType, Entity::getSubtype, Entity::getKbId,
        e -> e.getMentions().size()).containsExactlyInAnyOrder(
            tuple("North Korean", EntityType.MISC, "NATIONALITY", "North_Korea", 2),
            tuple("North Korea", EntityType.LOCATION, "COUNTRY", "North_Korea", 1));
    assertThat(named(entities, "North Korean").getId()).isEqualTo(EntityIds.ofKb("North_Korea", true))
        .isNotEqualTo(named(entities, "North Korea").getId());
  }

  @Test
  void shouldGiveEveryMentionOfASurfaceTheLinkedType() {
    List<Entity> entities = new Text().add("US", "ORGANIZATION").add("US", "ORGANIZATION").add("US", "LOCATION")
        .entities();

    assertThat(entities).singleElement().satisfies(e -> {
      assertThat(e.getType()).isEqualTo(EntityType.LOCATION);
      assertThat(e.getMentions()).hasSize(3);
    });
  }

  @Test
  void shouldMergeAMisspellingIntoTheCorrectName() {
    List<Entity> entities = new Text().add("Vostochny Cosmodrome", "ORGANIZATION")
        .add("Vostochny Cosmodrone", "ORGANIZATION").add("Vostochny Station", "ORGANIZATION").entities();

    assertThat(entities).extracting(Entity::getName, Entity::getType, Entity::getSubtype)
        .containsExactlyInAnyOrder(tuple("Vostochny Cosmodrome", EntityType.LOCATION, "FACILITY"),
            tuple("Vostochny Station", EntityType.ORGANIZATION, null));
    assertThat(texts(named(entities, "Vostochny Cosmodrome")))
        .containsExactly("Vostochny Cosmodrome", "Vostochny Cosmodrone");
  }

  @Test
  void shouldTypeIndexLinksFromTheTitleAndKeepTheWrittenNameWhenTheTitleDiffers() {
    List<Entity> entities = new Text().add("Soyuz-2", "MISC").add("Cold War", "MISC").entities();

    assertThat(entities).extracting(Entity::getName, Entity::getType, Entity::getSubtype, Entity::getKbId)
        .containsExactlyInAnyOrder(tuple("Soyuz-2", EntityType.MISC, "PRODUCT", "Soyuz_2_rocket"),
            tuple("Cold War", EntityType.MISC, "EVENT", "Cold_War"));
  }

  @Test
  void shouldNotLinkAdjectivesSurnamesOrWeakIndexAnswers() {
    List<Entity> entities = new Text().add("Asian", "MISC").add("Anna Berg", "PERSON").add("Berg", "PERSON")
        .add("Oslo", "LOCATION").entities();

    assertThat(entities).extracting(Entity::getName, Entity::getKbId).containsExactlyInAnyOrder(
        tuple("Asian", null), tuple("Anna Berg", null), tuple("Oslo", null));
    assertThat(named(entities, "Anna Berg").getId()).isEqualTo(EntityIds.of(EntityType.PERSON, "Anna Berg"));
  }

  @Test
  void shouldNameAPersonByTheTitleWhenOnlyTheSurnameIsWritten() {
    assertThat(new Text().add("Putin", "PERSON").entities()).singleElement()
        .extracting(Entity::getName, Entity::getKbId).containsExactly("Vladimir Putin", "Vladimir_Putin");
  }
}
