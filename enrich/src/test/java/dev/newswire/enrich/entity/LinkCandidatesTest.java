package dev.newswire.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswire.enrich.ner.ArticleText;
import dev.newswire.enrich.ner.RawMention;
import dev.newswire.enrich.ner.TypeScores;
import dev.newswire.enrich.testing.FakeKb;
import dev.newswire.schemas.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkCandidatesTest {

  private static final FakeKb KB = new FakeKb()
      .curated("Japan", "Japan", "LOCATION", "COUNTRY")
      .curated("China", "China", "LOCATION", "COUNTRY")
      .curated("American", "United_States", "MISC", "NATIONALITY")
      .indexed("Japan national football team", "Japan_national_football_team", 1.0)
      .indexed("Barcelona", "Barcelona", 0.9)
      .counted("China", "People's_Republic_of_China", 5)
      .counted("China", "China_national_football_team", 2)
      .counted("Barcelona", "FC_Barcelona", 13)
      .counted("Barcelona", "Barcelona", 3)
      .counted("Barcelona", null, 1)
      .counted("American", "United_States", 4)
      .counted("American", null, 2);

  static MentionGroup group(String text, EntityType type) {
    RawMention mention = new RawMention("body", 0, text.length(), text, type.name(),
        new TypeScores(type == EntityType.PERSON ? 1 : 0, type == EntityType.ORGANIZATION ? 1 : 0,
            type == EntityType.LOCATION ? 1 : 0, type == EntityType.MISC ? 1 : 0));
    return new MentionGroup(new EntityKind(type, null), List.of(mention));
  }

  private static List<LinkCandidate> candidates(String text, EntityType type, LinkContext context) {
    MentionGroup group = group(text, type);
    return LinkCandidates.of(group, LinkCandidates.surfaces(group), KB.names(), context);
  }

  @Test
  void shouldOfferACountrysTeamsTheIndexKnowsButNoNilForACuratedName() {
    List<LinkCandidate> japan = candidates("Japan", EntityType.LOCATION, LinkContext.empty());
    assertThat(japan).extracting(LinkCandidate::title).containsExactly("Japan", "Japan_national_football_team");
    assertThat(japan.get(0).features()).containsEntry("curated", 1.0).containsEntry("nocounts", 1.0)
        .containsEntry("same", 1.0);
    assertThat(japan.get(1).features()).containsEntry("team", 1.0).containsEntry("x=national", 1.0)
        .containsEntry("x=football", 1.0).containsEntry("x=team", 1.0).doesNotContainKey("curated");
  }

  @Test
  void shouldNotLetAnOlderTitleForACuratedNameCompeteButKeepWhatIsNamedAfterIt() {
    List<LinkCandidate> china = candidates("China", EntityType.LOCATION, LinkContext.empty());
    assertThat(china).extracting(LinkCandidate::title).containsExactly("China", "China_national_football_team");
    assertThat(china.get(1).features()).containsEntry("share", 2.0 / 7)
        .containsEntry("logshare", Math.log(2.5 / 8));
    assertThat(china.get(0).features()).containsEntry("share", 0.0).containsEntry("uncounted", 1.0);
  }

  @Test
  void shouldWeighEveryAnnotatedTitleAndNoPageForAnIndexName() {
    List<LinkCandidate> barcelona = candidates("Barcelona", EntityType.ORGANIZATION, LinkContext.empty());
    assertThat(barcelona).extracting(LinkCandidate::title).containsExactly("Barcelona", "FC_Barcelona", null);
    assertThat(barcelona.get(0).features()).containsEntry("index", 1.0).containsEntry("index-score", 0.9)
        .containsEntry("share", 3.0 / 17);
    assertThat(barcelona.get(1).features()).containsEntry("share", 13.0 / 17).containsEntry("x=fc", 1.0)
        .containsEntry("t=ORGANIZATION|x=fc", 1.0);
    LinkCandidate nil = barcelona.get(2);
    assertThat(nil.isNil()).isTrue();
    assertThat(nil.features()).containsEntry("nil", 1.0).containsEntry("nil|share", 1.0 / 17)
        .containsEntry("nil|t=ORGANIZATION", 1.0).containsEntry("nil|index-score", 0.9)
        .containsEntry("nil|tokens=1", 1.0);
  }

  @Test
  void shouldKeepNoPageOpenForAnAdjectiveOfACuratedName() {
    assertThat(candidates("American", EntityType.MISC, LinkContext.empty())).extracting(LinkCandidate::title)
        .containsExactly("United_States", null);
  }

  @Test
  void shouldKeepTheDictionarysAnswerForAMiscNameAnnotatorsNeverMet() {
    FakeKb kb = new FakeKb().indexed("Soyuz-2", "Soyuz_2_rocket", 1.0);
    MentionGroup group = group("Soyuz-2", EntityType.MISC);
    assertThat(LinkCandidates.of(group, LinkCandidates.surfaces(group), kb.names(), LinkContext.empty()))
        .extracting(LinkCandidate::title).containsExactly("Soyuz_2_rocket");
    MentionGroup person = group("Soyuz", EntityType.PERSON);
    FakeKb people = new FakeKb().indexed("Soyuz", "Soyuz_(person)", 1.0);
    assertThat(LinkCandidates.of(person, LinkCandidates.surfaces(person), people.names(), LinkContext.empty()))
        .extracting(LinkCandidate::title).containsExactly("Soyuz_(person)", null);
  }

  @Test
  void shouldPairATitlesExtraWordsWithTheArticlesTopicAndHeadlineWords() {
    LinkContext cricket = LinkContext.of(ArticleText.of("CRICKET - Barcelona win", "",
        "Barcelona won by six wickets. The wickets fell late; wickets again."));
    assertThat(cricket.topicWords()).startsWith("wickets").doesNotContain("barcelona"); // names are no topic
    assertThat(cricket.headlineWords()).containsExactly("barcelona", "cricket");
    LinkCandidate club = candidates("Barcelona", EntityType.ORGANIZATION, cricket).get(1);
    assertThat(club.features()).containsEntry("x=fc|c=wickets", 1.0).containsEntry("x=fc|h=cricket", 1.0)
        .doesNotContainKey("x=fc|c=barcelona").containsEntry("x-in-article", 0.0);
  }
}
