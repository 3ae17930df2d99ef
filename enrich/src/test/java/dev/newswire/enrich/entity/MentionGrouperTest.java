package dev.newswire.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newswire.enrich.ner.RawMention;
import dev.newswire.schemas.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionGrouperTest {

  private static RawMention body(int start, String text, String label) {
    return new RawMention("body", start, start + text.length(), text, label);
  }

  private static List<String> texts(MentionGroup group) {
    return group.mentions().stream().map(RawMention::text).toList();
  }

  @Test
  void shouldGroupBareSurnameUnderTheFullPersonName() {
    List<MentionGroup> groups = MentionGrouper.group(List.of(
        body(0, "Vladimir Putin", "PERSON"), body(30, "Moscow", "LOCATION"), body(50, "Putin", "PERSON")));

    assertThat(groups).extracting(MentionGroup::canonicalName, g -> g.kind().type(), MentionGrouperTest::texts)
        .containsExactly(
            tuple("Vladimir Putin", EntityType.PERSON, List.of("Vladimir Putin", "Putin")),
            tuple("Moscow", EntityType.LOCATION, List.of("Moscow")));
  }

  @Test
  void shouldGroupSurnameThatComesBeforeTheFullNameAndKeepReadingOrder() {
    List<MentionGroup> groups = MentionGrouper.group(List.of(
        new RawMention("headline", 0, 5, "Putin", "PERSON"), body(10, "Vladimir Putin", "PERSON")));

    assertThat(groups).singleElement().satisfies(g -> {
      assertThat(g.canonicalName()).isEqualTo("Vladimir Putin");
      assertThat(texts(g)).containsExactly("Putin", "Vladimir Putin");
    });
  }

  @Test
  void shouldGroupLeadingTokensOfAPersonNameUnderIt() {
    List<MentionGroup> groups = MentionGrouper.group(List.of(
        body(0, "Im Chon Il", "PERSON"), body(40, "Im Chon", "PERSON")));

    assertThat(groups).extracting(MentionGroup::canonicalName).containsExactly("Im Chon Il");
  }

  @Test
  void shouldLeaveAnAmbiguousShortNameApart() {
    List<MentionGroup> groups = MentionGrouper.group(List.of(
        body(0, "Kim Jong Un", "PERSON"), body(20, "Kim Yo Jong", "PERSON"), body(40, "Kim", "PERSON")));

    assertThat(groups).extracting(MentionGroup::canonicalName).containsExactly("Kim Jong Un", "Kim Yo Jong", "Kim");
  }

  @Test
  void shouldNotMergeNamesOfOtherTypesIntoPeople() {
    List<MentionGroup> groups = MentionGrouper.group(List.of(
        body(0, "Washington Irving", "PERSON"), body(30, "Washington", "LOCATION")));

    assertThat(groups).extracting(MentionGroup::canonicalName, g -> g.kind().type()).containsExactly(
        tuple("Washington Irving", EntityType.PERSON), tuple("Washington", EntityType.LOCATION));
  }

  @Test
  void shouldGiveEveryMentionOfANameItsMostFrequentType() {
    List<MentionGroup> groups = MentionGrouper.group(List.of(
        body(0, "Jordan", "PERSON"), body(20, "Jordan", "LOCATION"), body(40, "Jordan", "LOCATION")));

    assertThat(groups).singleElement().satisfies(g -> {
      assertThat(g.kind()).isEqualTo(new EntityKind(EntityType.LOCATION, null));
      assertThat(g.mentions()).hasSize(3);
    });
  }

  @Test
  void shouldBreakATypeTieByTheFirstMention() {
    List<MentionGroup> groups = MentionGrouper.group(List.of(
        body(0, "Vostochny", "ORGANIZATION"), body(20, "Vostochny", "LOCATION")));

    assertThat(groups).singleElement().extracting(g -> g.kind().type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void shouldGroupNamesThatDifferOnlyInCaseAndSpacing() {
    List<MentionGroup> groups = MentionGrouper.group(List.of(
        body(0, "South  Korea", "LOCATION"), body(20, "SOUTH KOREA", "LOCATION")));

    assertThat(groups).singleElement().satisfies(g -> {
      assertThat(g.mentions()).hasSize(2);
      assertThat(g.canonicalName()).isEqualTo("South Korea");
    });
  }

  @Test
  void shouldMapCoreNlpLabelsToEntityKinds() {
    assertThat(List.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY", "MISC"))
        .extracting(EntityKind::fromLabel)
        .containsExactly(
            new EntityKind(EntityType.PERSON, null), new EntityKind(EntityType.ORGANIZATION, null),
            new EntityKind(EntityType.LOCATION, null), new EntityKind(EntityType.LOCATION, "COUNTRY"),
            new EntityKind(EntityType.LOCATION, "REGION"), new EntityKind(EntityType.MISC, "NATIONALITY"),
            new EntityKind(EntityType.MISC, null));
  }
}
