package dev.newswire.enrich.related;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Near-duplicate detection: a MinHash signature of a text's word 5-gram shingles (lower-cased words,
 * punctuation ignored), {@value #HASHES} hash functions with fixed seeds, so signatures are equal in
 * every run and on every instance. The share of equal positions in two signatures estimates the
 * Jaccard similarity of the shingle sets (standard error about 0.04 near 0.9).
 */
final class MinHash {

  static final int HASHES = 64;
  static final int SHINGLE_WORDS = 5;

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private MinHash() {}

  /** The signature of a text: {@value #HASHES} minima, each the top 32 bits of a 64-bit hash. */
  static int[] signature(String text) {
    long[] minima = new long[HASHES];
    Arrays.fill(minima, -1L); // the unsigned maximum
    for (long shingle : shingleHashes(words(text))) {
      for (int i = 0; i < HASHES; i++) {
        long hash = mix(shingle + GOLDEN * (i + 1));
        if (Long.compareUnsigned(hash, minima[i]) < 0) {
          minima[i] = hash;
        }
      }
    }
    int[] signature = new int[HASHES];
    for (int i = 0; i < HASHES; i++) {
      signature[i] = (int) (minima[i] >>> 32);
    }
    return signature;
  }

  /** Estimated Jaccard similarity: the share of positions where the signatures agree. */
  static double similarity(int[] a, int[] b) {
    if (a.length != b.length || a.length == 0) {
      return 0.0;
    }
    int equal = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        equal++;
      }
    }
    return (double) equal / a.length;
  }

  /**
   * The hashes of the word 5-grams, each combined from the hashes of its words (no shingle strings are
   * built): equal shingles hash equal; distinct ones collide with negligible probability.
   */
  private static long[] shingleHashes(String[] words) {
    long[] wordHashes = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      wordHashes[i] = fnv1a(words[i]);
    }
    int count = Math.max(1, words.length - SHINGLE_WORDS + 1);
    long[] hashes = new long[count];
    for (int start = 0; start < count; start++) {
      long hash = 0;
      for (int i = start; i < Math.min(words.length, start + SHINGLE_WORDS); i++) {
        hash = mix(hash * 31 + wordHashes[i]);
      }
      hashes[start] = hash;
    }
    return hashes;
  }

  private static String[] words(String text) {
    return NON_WORD.split(text.toLowerCase(Locale.ROOT).strip());
  }

  /** The word 5-grams of a text; a text of fewer words is one shingle. What {@link #signature} hashes. */
  static Set<String> shingles(String text) {
    String[] words = words(text);
    Set<String> shingles = new LinkedHashSet<>();
    if (words.length <= SHINGLE_WORDS) {
      shingles.add(String.join(" ", words));
      return shingles;
    }
    for (int i = 0; i + SHINGLE_WORDS <= words.length; i++) {
      shingles.add(String.join(" ", Arrays.copyOfRange(words, i, i + SHINGLE_WORDS)));
    }
    return shingles;
  }

  private static long fnv1a(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** SplitMix64's finaliser: a fast, well-mixed 64-bit permutation. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
