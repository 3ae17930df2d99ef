package dev.newswire.enrich.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MinHashTest {

  private static String words(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> prefix + i).collect(Collectors.joining(" "));
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return (double) shared.size() / union.size();
  }

  @Test
  void shouldShingleLowerCasedWordsIgnoringPunctuation() {
    assertThat(MinHash.shingles("Kim met Putin, in Moscow; on TUESDAY.")).containsExactly(
        "kim met putin in moscow", "met putin in moscow on", "putin in moscow on tuesday");
    assertThat(MinHash.shingles("Short text.")).containsExactly("short text");
  }

  @Test
  void shouldGiveIdenticalTextsTheSameSignatureInEveryRun() {
    String text = words("w", 200);

    assertThat(MinHash.signature(text)).hasSize(64).isEqualTo(MinHash.signature(new String(text)));
    assertThat(MinHash.similarity(MinHash.signature(text), MinHash.signature(text))).isEqualTo(1.0);
    // pinned: a change of hash or seeds would make stored signatures incomparable with new ones
    assertThat(MinHash.signature("the quick brown fox jumps over the lazy dog")[0]).isEqualTo(179_039_008);
  }

  @Test
  void shouldFindNearCopyWithOneWordChanged() {
    String original = words("w", 200);
    String copy = original.replace("w100 ", "changed ");

    // 5 of 196 shingles differ: Jaccard 191 / 201
    assertThat(jaccard(MinHash.shingles(original), MinHash.shingles(copy))).isEqualTo(191.0 / 201);
    assertThat(MinHash.similarity(MinHash.signature(original), MinHash.signature(copy))).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void shouldNotConfuseDifferentTextsOrTextsSharingHalf() {
    String a = words("a", 200);
    String half = words("a", 100) + " " + words("b", 100);

    assertThat(MinHash.similarity(MinHash.signature(a), MinHash.signature(words("c", 200)))).isLessThan(0.1);
    assertThat(jaccard(MinHash.shingles(a), MinHash.shingles(half))).isCloseTo(96.0 / 296, within(1e-12));
    assertThat(MinHash.similarity(MinHash.signature(a), MinHash.signature(half))).isBetween(0.15, 0.5);
  }
}
