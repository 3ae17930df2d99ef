package dev.newswire.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newswire.enrich.ner.ArticleText;
import dev.newswire.enrich.ner.RawMention;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

  // headline 10 chars, standfirst empty, body 89 chars: offsets over the whole article are out of 101
  private static final ArticleText TEXT = ArticleText.of("Oslo talks", "", "x".repeat(89));

  private static RawMention body(int start, String text, String label) {
    return new RawMention("body", start, start + text.length(), text, label);
  }

  @Test
  void shouldScoreSalienceFromCountPositionAndHeadline() {
    List<Entity> entities = EntityExtractor.extract(List.of(
        new RawMention("headline", 0, 4, "Oslo", "LOCATION"),
        body(10, "Anna Berg", "PERSON"), body(30, "Anna Berg", "PERSON"), body(50, "Berg", "PERSON"),
        body(60, "Oslo", "LOCATION"), body(80, "Acme", "ORGANIZATION")), TEXT);

    // Anna Berg: 0.5 * 3/3 + 0.3 * (1 - 22/101) = 0.7347
    // Oslo:      0.5 * 2/3 + 0.3 * (1 - 0/101) + 0.2 = 0.8333
    // Acme:      0.5 * 1/3 + 0.3 * (1 - 92/101) = 0.1934
    assertThat(entities).extracting(Entity::getName, Entity::getType, Entity::getSalience).containsExactly(
        tuple("Oslo", EntityType.LOCATION, 0.8333),
        tuple("Anna Berg", EntityType.PERSON, 0.7347),
        tuple("Acme", EntityType.ORGANIZATION, 0.1934));
  }

  @Test
  void shouldOrderEqualSalienceByName() {
    // 5 characters apart in 100,000: the same salience after rounding to 4 decimals
    ArticleText text = ArticleText.of("", "", "Zeta Alpha" + " ".repeat(100_000));
    List<Entity> entities = EntityExtractor.extract(List.of(
        body(0, "Zeta", "ORGANIZATION"), body(5, "Alpha", "ORGANIZATION")), text);

    assertThat(entities).extracting(Entity::getName).containsExactly("Alpha", "Zeta");
    assertThat(entities.get(0).getSalience()).isEqualTo(entities.get(1).getSalience());
  }

  @Test
  void shouldGiveStableIdsFromTypeAndNormalisedName() {
    assertThat(EntityIds.of(EntityType.PERSON, "Vladimir Putin")).isEqualTo("e-e06ea338ab17e2aa");
    assertThat(EntityIds.of(EntityType.PERSON, "  vladimir\nPUTIN ")).isEqualTo("e-e06ea338ab17e2aa");
    assertThat(EntityIds.of(EntityType.ORGANIZATION, "Vladimir Putin")).isNotEqualTo("e-e06ea338ab17e2aa");
  }

  @Test
  void shouldLeaveEntitiesUnlinked() {
    List<Entity> entities = EntityExtractor.extract(List.of(body(0, "Acme", "ORGANIZATION")), TEXT);

    assertThat(entities).singleElement().satisfies(e -> {
      assertThat(e.getKbId()).isNull();
      assertThat(e.getKbUrl()).isNull();
      assertThat(e.getId()).isEqualTo(EntityIds.of(EntityType.ORGANIZATION, "Acme"));
    });
  }
}
