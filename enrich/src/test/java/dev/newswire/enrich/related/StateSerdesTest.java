package dev.newswire.enrich.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswire.enrich.related.ArticleDigest.IndexedEntity;
import dev.newswire.enrich.related.Postings.Posting;
import dev.newswire.enrich.related.TermVector.Term;
import dev.newswire.schemas.EntityType;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class StateSerdesTest {

  private static <T> T roundTrip(Serde<T> serde, T value) {
    return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
  }

  @Test
  void shouldRoundTripDigestWithAndWithoutOptionalFields() {
    ArticleDigest digest = new ArticleDigest("a-1", "Headline é", null, null, -5L, 7L,
        List.of(new IndexedEntity("w-X", 0.7303), new IndexedEntity("w-Y", 0.1)), MinHash.signature("text"),
        List.of(new Term("cosmodrome", 0.75), new Term("launch", 0.5)), "a-0");

    ArticleDigest back = roundTrip(StateSerdes.digests(), digest);

    assertThat(back).usingRecursiveComparison().isEqualTo(digest);
    ArticleDigest dated = new ArticleDigest("a-2", "H", "https://x", 1_000L, 2_000L, 2_000L, List.of(), new int[0],
        List.of(), "a-2");
    assertThat(roundTrip(StateSerdes.digests(), dated)).usingRecursiveComparison().isEqualTo(dated);
  }

  @Test
  void shouldReadAFormatTwoDigestAsItsOwnStoryWithoutTerms() {
    ArticleDigest digest = new ArticleDigest("a-4", "H", null, 1_000L, 1_000L, 9_000L,
        List.of(new IndexedEntity("w-X", 0.5)), new int[] {7}, List.of(new Term("strike", 1.0)), "a-1");
    byte[] three = StateSerdes.digests().serializer().serialize("t", digest);
    // format 2: the same bytes without the terms (2 + 4 + 6 + 4 bytes) and the story (4 + 3 bytes)
    byte[] two = java.util.Arrays.copyOf(three, three.length - (2 + 4 + 6 + 4) - (4 + 3));
    two[0] = 2;

    ArticleDigest back = StateSerdes.digests().deserializer().deserialize("t", two);

    assertThat(back.terms()).isEmpty();
    assertThat(back.storyId()).isEqualTo("a-4");
    assertThat(back.keepTime()).isEqualTo(9_000L);
    assertThat(back.minHash()).containsExactly(7);
  }

  @Test
  void shouldReadAFormatOneDigestAsKeptByItsEventTime() {
    ArticleDigest digest = new ArticleDigest("a-3", "H", null, 1_000L, 1_000L, 9_000L,
        List.of(new IndexedEntity("w-X", 0.5)), new int[] {7}, List.of(), "a-3");
    byte[] full = StateSerdes.digests().serializer().serialize("t", digest);
    // format 2 ends before the term count (2 bytes) and the story (4 + 3 bytes)
    byte[] two = java.util.Arrays.copyOf(full, full.length - 2 - (4 + 3));
    // format 1: the same bytes without the keep time (8 bytes after the event time)
    int keepAt = 1 + (4 + 3) + (4 + 1) + 4 + 1 + 8 + 8;
    byte[] one = new byte[two.length - 8];
    System.arraycopy(two, 0, one, 0, keepAt);
    System.arraycopy(two, keepAt + 8, one, keepAt, two.length - keepAt - 8);
    one[0] = 1;

    ArticleDigest back = StateSerdes.digests().deserializer().deserialize("t", one);

    assertThat(back.keepTime()).isEqualTo(1_000L);
    assertThat(back.entities()).containsExactly(new IndexedEntity("w-X", 0.5));
    assertThat(back.minHash()).containsExactly(7);
  }

  @Test
  void shouldRoundTripHeadersPostingsAndCounts() {
    EntityHeader header = new EntityHeader("w-X", "X", EntityType.LOCATION, null, "X", "https://w/X", 3, 99);
    Postings postings = new Postings(List.of(new Posting("b", 2, 0.5), new Posting("a", 1, 0.3168)));
    Cooccurrences counts = Cooccurrences.of(Map.of("p", 2, "q", 1));

    assertThat(roundTrip(StateSerdes.headers(), header)).isEqualTo(header);
    assertThat(roundTrip(StateSerdes.postings(), postings)).isEqualTo(postings);
    assertThat(roundTrip(StateSerdes.cooccurrences(), counts)).isEqualTo(counts);
    assertThat(StateSerdes.headers().serializer().serialize("t", null)).isNull();
  }

  @Test
  void shouldRoundTripAStory() {
    StoryState story = StoryState.joined(null, "a-1", "a-1", "Headline é", 1_000L,
        List.of(new StoryState.Mention("w-X", "X", "X"), new StoryState.Mention("e-Y", "Y", null)));
    StoryState two = StoryState.joined(story, "a-1", "a-2", "ignored", 5_000L, List.of(new StoryState.Mention("w-X", "X", "X")));

    StoryState back = roundTrip(StateSerdes.stories(), two);

    assertThat(back).isEqualTo(two);
    assertThat(back.articleIds()).containsExactly("a-1", "a-2");
    assertThat(back.entities()).containsEntry("w-X", new StoryState.Named("X", "X", 2))
        .containsEntry("e-Y", new StoryState.Named("Y", null, 1));
    assertThat(List.of(back.firstSeen(), back.lastSeen(), (long) back.articleCount())).containsExactly(1_000L, 5_000L, 2L);
  }

  @Test
  void shouldRejectTruncatedValue() {
    byte[] bytes = StateSerdes.postings().serializer().serialize("t", new Postings(List.of(new Posting("a", 1, 0.5))));

    assertThatThrownBy(() -> StateSerdes.postings().deserializer().deserialize("t", java.util.Arrays.copyOf(bytes, 8)))
        .isInstanceOf(SerializationException.class).hasMessageContaining("corrupt");
  }

  @Test
  void shouldRejectUnknownFormat() {
    assertThatThrownBy(() -> StateSerdes.headers().deserializer().deserialize("t", new byte[] {9, 0}))
        .isInstanceOf(SerializationException.class).hasMessageContaining("format 9");
  }
}
