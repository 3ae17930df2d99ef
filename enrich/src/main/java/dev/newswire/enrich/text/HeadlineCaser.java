package dev.newswire.enrich.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Takes away the case that a Title Case headline gives every word, so that the NER models do not read
 * "Asian Allies Are 'Cancer Tumor'" as names. A headline in capitals only is left as it is: the caseless
 * CRF tags it ({@code ner.CrfNerEngine}), which on the CoNLL-2003 development set beat re-casing it. In: the headline, the article's other text
 * (standfirst and body) and a test for curated names. Out: the headline with the same length, where a
 * word keeps its capital only with evidence that it is a name: it is written with a capital in the
 * middle of a sentence of the other text, or it is part of a run of capitalised words that the curated
 * names know. ALL CAPS words in a Title Case headline are acronyms and stay. A headline in sentence
 * case already carries case information and is returned unchanged.
 */
public final class HeadlineCaser {

  private static final int CONTENT_WORD_LETTERS = 4;
  private static final double CASED_SHARE = 0.6;
  private static final Set<String> LOWER_IN_TITLES = Set.of(
      "with", "from", "into", "onto", "upon", "over", "under", "than", "that", "this", "amid", "after",
      "before", "about", "while", "when", "where", "near", "since", "until", "across", "against", "between",
      "without", "within", "through", "during", "toward", "towards", "despite", "versus");

  private HeadlineCaser() {}

  public static String neutralise(String headline, String otherText, Predicate<String> isCuratedName) {
    List<Word> words = Word.all(headline);
    if (isAllCapsHeadline(words) || !isTitleCaseHeadline(words)) {
      return headline;
    }
    CaseEvidence evidence = CaseEvidence.of(otherText);
    Set<Integer> curated = curatedWords(headline, words, isCuratedName);
    char[] out = headline.toCharArray();
    for (int w = 0; w < words.size(); w++) {
      Word word = words.get(w);
      if (word.isCapitalised() && !word.isAllCaps() && !curated.contains(w)
          && !evidence.capitalisedMidSentence(word.text())) {
        out[word.start()] = Character.toLowerCase(out[word.start()]);
      }
    }
    return new String(out);
  }

  /**
   * Title Case: at least two capitalised content words and no lower-case content word other than a
   * preposition or conjunction that some styles leave in lower case. "Putin meets Kim in Moscow" is
   * sentence case ("meets"), however many names it has.
   */
  static boolean isTitleCaseHeadline(List<Word> words) {
    long cased = 0;
    for (Word word : words) {
      if (word.text().length() >= CONTENT_WORD_LETTERS) {
        if (word.isCapitalised()) {
          cased++;
        } else if (!LOWER_IN_TITLES.contains(word.text())) {
          return false;
        }
      }
    }
    return cased >= 2;
  }

  static boolean isAllCapsHeadline(List<Word> words) {
    List<Word> content = words.stream().filter(w -> w.text().length() >= CONTENT_WORD_LETTERS).toList();
    long caps = content.stream().filter(Word::isAllCaps).count();
    return content.size() >= 2 && caps >= CASED_SHARE * content.size();
  }

  /** Indexes of words inside a run of capitalised words (or a part of one) that is a curated name. */
  private static Set<Integer> curatedWords(String headline, List<Word> words, Predicate<String> isCuratedName) {
    Set<Integer> kept = new HashSet<>();
    List<Integer> run = new ArrayList<>();
    for (int w = 0; w <= words.size(); w++) {
      boolean joins = w < words.size() && words.get(w).isCapitalised()
          && (run.isEmpty() || onlySpaceBetween(headline, words.get(w - 1), words.get(w)));
      if (joins) {
        run.add(w);
        continue;
      }
      markCuratedSpans(headline, words, run, isCuratedName, kept);
      run.clear();
      if (w < words.size() && words.get(w).isCapitalised()) {
        run.add(w);
      }
    }
    return kept;
  }

  private static void markCuratedSpans(String headline, List<Word> words, List<Integer> run,
      Predicate<String> isCuratedName, Set<Integer> kept) {
    for (int from = 0; from < run.size(); from++) {
      for (int to = run.size() - 1; to >= from; to--) {
        String span = headline.substring(words.get(run.get(from)).start(), words.get(run.get(to)).end());
        if (isCuratedName.test(span) || isCuratedName.test(titleCase(span))) {
          for (int k = from; k <= to; k++) {
            kept.add(run.get(k));
          }
          break;
        }
      }
    }
  }

  private static boolean onlySpaceBetween(String text, Word left, Word right) {
    return text.substring(left.end(), right.start()).equals(" ");
  }

  private static String titleCase(String span) {
    StringBuilder out = new StringBuilder(span.length());
    boolean start = true;
    for (char c : span.toCharArray()) {
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return out.toString();
  }
}
