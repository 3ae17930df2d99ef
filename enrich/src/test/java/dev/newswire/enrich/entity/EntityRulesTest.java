package dev.newswire.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.schemas.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityRulesTest {

  @Test
  void shouldAcceptOnlyOneLongWordOneEditAway() {
    assertThat(MisspellingMerger.oneWordMisspelt(List.of("vostochny", "cosmodrone"), List.of("vostochny", "cosmodrome")))
        .isTrue();
    assertThat(MisspellingMerger.oneWordMisspelt(List.of("kim", "jong", "il"), List.of("kim", "jong", "un"))).isFalse();
    assertThat(MisspellingMerger.oneWordMisspelt(List.of("austria"), List.of("austrian"))).isFalse();
    assertThat(MisspellingMerger.oneWordMisspelt(List.of("mark", "carney"), List.of("mark", "barney"))).isFalse();
    assertThat(MisspellingMerger.oneWordMisspelt(List.of("new", "cosmodrome"), List.of("old", "cosmodrome"))).isFalse();
  }

  @Test
  void shouldCountOneEdit() {
    assertThat(EditDistance.atMostOne("cosmodrome", "cosmodrone")).isTrue();
    assertThat(EditDistance.atMostOne("shoigu", "shoygu")).isTrue();
    assertThat(EditDistance.atMostOne("shoigu", "shiogu")).isTrue();
    assertThat(EditDistance.atMostOne("shoigu", "shoiguu")).isTrue();
    assertThat(EditDistance.atMostOne("shoigu", "shogu")).isTrue();
    assertThat(EditDistance.atMostOne("shoigu", "shyogu")).isFalse();
  }

  @Test
  void shouldReadSubtypesFromTitleHeadWords() {
    EntityKind misc = new EntityKind(EntityType.MISC, null);
    EntityKind org = new EntityKind(EntityType.ORGANIZATION, null);
    assertThat(TitleKinds.refine(misc, "Soyuz_2_rocket")).isEqualTo(new EntityKind(EntityType.MISC, "PRODUCT"));
    assertThat(TitleKinds.refine(org, "Vostochny_Cosmodrome")).isEqualTo(new EntityKind(EntityType.LOCATION, "FACILITY"));
    assertThat(TitleKinds.refine(org, "Sputnik_(news_agency)"))
        .isEqualTo(new EntityKind(EntityType.ORGANIZATION, "NEWS_AGENCY"));
    assertThat(TitleKinds.refine(misc, "Cold_War")).isEqualTo(new EntityKind(EntityType.MISC, "EVENT"));
    assertThat(TitleKinds.refine(org, "Rocket_Lab")).isEqualTo(org);
    assertThat(TitleKinds.refine(new EntityKind(EntityType.PERSON, null), "Bridge_(player)"))
        .isEqualTo(new EntityKind(EntityType.PERSON, null));
  }

  @Test
  void shouldShowTitlesWithoutUnderscoresOrDisambiguation() {
    assertThat(EntityNamer.displayTitle("Sputnik_(news_agency)")).isEqualTo("Sputnik");
    assertThat(EntityNamer.displayTitle("Korean_Peninsula")).isEqualTo("Korean Peninsula");
  }

  @Test
  void shouldGiveLinkedEntitiesIdsFromTheTitle() {
    // "kb-" + the first 16 hex digits of SHA-256 over "kb:<title>" (or "kb:<title>#NATIONALITY"), as
    // EntityIds documents it; worked out outside the code, e.g. printf 'kb:North_Korea' | sha256sum
    assertThat(EntityIds.ofKb("North_Korea", false)).isEqualTo("kb-a7e5244d8ff77921");
    assertThat(EntityIds.ofKb("North_Korea", true)).isEqualTo("kb-a34b288d3bad236a");
    assertThat(EntityIds.ofKb("South_Korea", false)).isEqualTo("kb-b350170842e2b10e");
  }
}
