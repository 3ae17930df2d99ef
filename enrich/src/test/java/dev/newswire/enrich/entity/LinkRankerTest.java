package dev.newswire.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.ner.ArticleText;
import dev.newswire.enrich.testing.FakeKb;
import dev.newswire.schemas.EntityType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkRankerTest {

  private static final FakeKb KB = new FakeKb()
      .curated("England", "England", "LOCATION", null)
      .counted("England", "England_cricket_team", 3)
      .counted("England", "England_national_football_team", 5)
      .indexed("Smith", "Smith_(surname)", 0.9);

  private static LinkRanker ranker(String tsv) throws IOException {
    return LinkRanker.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
  }

  private static String linked(String text, EntityType type, LinkRanker ranker, String body) {
    MentionGroup group = LinkCandidatesTest.group(text, type);
    List<MentionGroup> out = GroupLinker.link(List.of(group), KB.names(), ranker,
        LinkContext.of(ArticleText.of("", "", body)));
    Link link = out.get(0).link();
    return link == null ? null : link.title();
  }

  @Test
  void shouldScoreACandidateByItsWeightedFeatures() throws IOException {
    LinkRanker ranker = ranker("# comment\nshare\t2.0\nnil\t-1.5\n");
    assertThat(ranker.score(new LinkCandidate(null, Map.of("share", 0.25, "nil", 1.0, "unknown", 9.0))))
        .isEqualTo(0.5 - 1.5);
    assertThat(LinkRanker.none().score(new LinkCandidate(null, Map.of("share", 0.25, "nil", 1.0)))).isZero();
  }

  @Test
  void shouldLetTheArticleDecideBetweenACountrysTeams() throws IOException {
    LinkRanker ranker = ranker("curated\t1.0\nshare\t1.0\nx=cricket|c=wickets\t3.0\nx=football|c=goals\t3.0\n");
    assertThat(linked("England", EntityType.LOCATION, ranker, "England took four wickets; wickets fell."))
        .isEqualTo("England_cricket_team");
    assertThat(linked("England", EntityType.LOCATION, ranker, "England scored two goals, late goals."))
        .isEqualTo("England_national_football_team");
    assertThat(linked("England", EntityType.LOCATION, ranker, "England voted on Thursday."))
        .isEqualTo("England");
  }

  @Test
  void shouldLeaveANameUnlinkedWhenNoPageScoresHighest() throws IOException {
    assertThat(linked("Smith", EntityType.PERSON, ranker("index\t1.0\nnil|nocounts\t2.0\n"), "Smith said."))
        .isNull();
    assertThat(linked("Smith", EntityType.PERSON, ranker("index\t1.0\nnil|nocounts\t0.5\n"), "Smith said."))
        .isEqualTo("Smith_(surname)");
  }

  @Test
  void shouldNameTheLineOfABadWeight() {
    assertThatThrownBy(() -> ranker("share\t1.0\nnil\tlots\n")).isInstanceOf(IOException.class)
        .hasMessageContaining("line 2").hasMessageContaining("lots");
  }
}
