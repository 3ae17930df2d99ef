package dev.newswire.enrich.entity;

import dev.newswire.enrich.ner.ArticleText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article is about, as the link ranker sees it. In: the article text. Out: its words (lower-cased),
 * and its {@link #TOPIC_WORDS} most frequent common words written in lower case ("cricket", "wickets",
 * "innings"; names are not topics), which tell a national team from its country and a club from its city.
 */
public final class LinkContext {

  static final int TOPIC_WORDS = 20;
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
  /** Frequent words of four letters or more that say nothing about a topic. */
  private static final Set<String> STOP = Set.of("that", "with", "from", "have", "were", "said", "this",
      "they", "their", "will", "which", "would", "been", "after", "there", "also", "about", "than", "other",
      "into", "more", "first", "last", "when", "over", "year", "years", "told", "what", "some", "could",
      "them", "then", "only", "just", "before", "while", "where", "being", "because", "those", "these",
      "such", "very", "most", "many", "much", "between", "under", "since", "against", "during", "both",
      "each", "made", "make", "says", "added", "does", "should", "still", "well", "back", "down");

  private final Set<String> words;
  private final List<String> topic;
  private final Set<String> headline;

  private LinkContext(Set<String> words, List<String> topic, Set<String> headline) {
    this.words = words;
    this.topic = topic;
    this.headline = headline;
  }

  public static LinkContext of(ArticleText text) {
    Set<String> words = new HashSet<>();
    Map<String, Integer> counts = new HashMap<>();
    for (String field : text.fieldNames()) {
      Matcher m = WORD.matcher(text.text(field));
      while (m.find()) {
        String word = m.group();
        String lower = word.toLowerCase(Locale.ROOT);
        words.add(lower);
        if (word.equals(lower)) {
          counts.merge(lower, 1, Integer::sum); // a topic is in common words, not in names
        }
      }
    }
    List<String> topic = new ArrayList<>();
    counts.entrySet().stream()
        .filter(e -> e.getKey().length() >= 4 && !STOP.contains(e.getKey()))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(TOPIC_WORDS)
        .forEach(e -> topic.add(e.getKey()));
    Set<String> headline = new TreeSet<>();
    if (text.fieldNames().contains(ArticleText.HEADLINE)) {
      Matcher m = WORD.matcher(text.text(ArticleText.HEADLINE));
      while (m.find()) {
        String lower = m.group().toLowerCase(Locale.ROOT);
        if (lower.length() >= 4 && !STOP.contains(lower)) {
          headline.add(lower);
        }
      }
    }
    return new LinkContext(Set.copyOf(words), List.copyOf(topic), Collections.unmodifiableSet(headline));
  }

  /** No text. */
  public static LinkContext empty() {
    return new LinkContext(Set.of(), List.of(), Set.of());
  }

  public boolean has(String lowerCaseWord) {
    return words.contains(lowerCaseWord);
  }

  /** The headline's words of four letters or more (lower-cased; wire headlines name the sport). */
  public Set<String> headlineWords() {
    return headline;
  }

  /** The most frequent content words, most frequent first. */
  public List<String> topicWords() {
    return topic;
  }
}
