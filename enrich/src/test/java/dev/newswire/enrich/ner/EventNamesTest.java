package dev.newswire.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventNamesTest {

  private static RawMention mention(String body, String text, String label) {
    int start = body.indexOf(text);
    return new RawMention(ArticleText.BODY, start, start + text.length(), text, label);
  }

  @Test
  void shouldMergeAPlaceIntoTheEventItNames() {
    String body = "He won the U.S. Amateur Championship and the Berlin Grand Prix.";
    ArticleText text = ArticleText.of("Golf", null, body);

    List<RawMention> merged = EventNames.merge(List.of(mention(body, "U.S.", "LOCATION"),
        mention(body, "Amateur Championship", "MISC"), mention(body, "Berlin", "LOCATION"),
        mention(body, "Grand Prix", "MISC")), text);

    assertThat(merged).extracting(RawMention::text, RawMention::label, RawMention::start).containsExactly(
        tuple("U.S. Amateur Championship", "MISC", 11), tuple("Berlin Grand Prix", "MISC", 45));
  }

  @Test
  void shouldLeaveOtherNeighboursApart() {
    String body = "Swiss Davis Cup players met in Paris, Open talks followed; London Marathon man Smith.";
    ArticleText text = ArticleText.of("Tennis", null, body);
    List<RawMention> mentions = List.of(mention(body, "Swiss", "MISC"), mention(body, "Davis Cup", "MISC"),
        mention(body, "Paris", "LOCATION"), mention(body, "Open", "MISC"), mention(body, "London", "ORGANIZATION"),
        mention(body, "Marathon", "MISC"), mention(body, "Smith", "PERSON"));

    // a MISC before the event, a comma between, an ORGANIZATION before it: nothing to merge
    assertThat(EventNames.merge(mentions, text)).isEqualTo(mentions);
  }
}
