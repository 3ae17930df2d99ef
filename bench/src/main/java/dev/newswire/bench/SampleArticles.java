package dev.newswire.bench;

import dev.newswire.schemas.InputFormat;
import dev.newswire.schemas.NewsArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic newswire-like articles for the microbenchmarks (about 900 words each, the middle of
 * the 300-1,500 words {@code newswire bench} generates), as NewsArticle events, wire text and JSON.
 * Names are drawn from small pools so that articles share entities, as real news does.
 */
public final class SampleArticles {

  private static final String[] PEOPLE = {"Christine Lagarde", "Joachim Nagel", "Laura Bianchi", "Hiroshi Tanaka",
      "Daniel Okafor", "Elena Petrova", "Thomas Becker", "Anna Kowalski", "Samuel Adeyemi", "James Whitfield",
      "Carlos Ortega", "Sofia Lindqvist", "Yuki Sato", "Rahul Mehta", "Lucas Moreau", "Amara Nwosu"};
  private static final String[] PLACES = {"Frankfurt", "Paris", "London", "New York", "Tokyo", "Singapore", "Rome",
      "Brussels", "Geneva", "Nairobi", "Berlin", "Madrid", "Toronto", "Sydney", "Germany", "Italy", "Japan", "Kenya"};
  private static final String[] ORGANISATIONS = {"European Central Bank", "Deutsche Bank", "Airbus", "Toyota",
      "Siemens", "United Nations", "World Health Organization", "International Monetary Fund", "NASA", "SpaceX"};
  private static final String[] TEMPLATES = {
      "%1$s said on Thursday that %3$s would keep its plans unchanged, citing slower growth in %2$s.",
      "Officials in %2$s told reporters that talks with %3$s had made progress but that no deal was expected soon.",
      "%1$s, who has led the group since 2019, said the decision had been taken after weeks of consultation.",
      "Shares in %3$s rose 3 percent in %2$s after the company reported stronger than expected quarterly results.",
      "Economists said the figures showed that consumer spending in %2$s remained weak despite lower energy prices.",
      "A spokesman for %3$s declined to comment on the report, which was first published by a newspaper in %2$s.",
      "%1$s is due to meet ministers in %2$s next week to discuss the budget and the plans for new investment.",
      "The announcement came a day after %3$s warned that costs would rise sharply over the coming year."};

  private SampleArticles() {}

  /** Body text of article {@code index}: paragraphs of four sentences joined by newlines, about {@code words} words. */
  public static String body(int index, int words) {
    Random random = new Random(1_000L + index);
    StringBuilder body = new StringBuilder();
    int count = 0;
    while (count < words) {
      for (int s = 0; s < 4; s++) {
        String sentence = String.format(Locale.ROOT, TEMPLATES[random.nextInt(TEMPLATES.length)],
            PEOPLE[random.nextInt(PEOPLE.length)], PLACES[random.nextInt(PLACES.length)],
            ORGANISATIONS[random.nextInt(ORGANISATIONS.length)]);
        body.append(s == 0 ? "" : " ").append(sentence);
        count += sentence.split(" ").length;
      }
      body.append('\n');
    }
    return body.toString().strip();
  }

  public static String headline(int index) {
    Random random = new Random(2_000L + index);
    return ORGANISATIONS[random.nextInt(ORGANISATIONS.length)] + " Keeps Plans Unchanged as Growth Slows in "
        + PLACES[random.nextInt(PLACES.length)];
  }

  /** Article {@code index} as the raw event enrich reads. */
  public static NewsArticle newsArticle(int index, int words) {
    return NewsArticle.newBuilder()
        .setId(String.format(Locale.ROOT, "bench-%08d", index))
        .setSourceId("src-" + index)
        .setSource("newswire bench")
        .setUrl("https://newswire.example/bench/" + index)
        .setHeadline(headline(index))
        .setStandfirst(null)
        .setBody(body(index, words))
        .setSection("Business")
        .setAuthors(List.of("Bench Reporter"))
        .setLanguage("en")
        .setPublishedAt(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(index * 600L))
        .setIngestedAt(Instant.parse("2026-01-01T00:00:01Z").plusSeconds(index * 600L))
        .setContentHash(String.format(Locale.ROOT, "%064x", index))
        .setInputFormat(InputFormat.JSON)
        .setOrigin("bench")
        .setVersion(1)
        .setFeedTags(List.of())
        .build();
  }

  /** Article {@code index} as plain wire text: section, headline, standfirst and source line, body. */
  public static String wireText(int index, int words) {
    return "Business\n\n" + headline(index) + "\n\n"
        + "Officials said on Thursday that the plans would not change this year.\nNewswire Bench Desk\n"
        + body(index, words).replace("\n", "\n\n") + "\n";
  }

  /** The surfaces of every name the articles use, for linker lookups. */
  public static List<String> names() {
    List<String> names = new ArrayList<>(List.of(PEOPLE));
    names.addAll(List.of(PLACES));
    names.addAll(List.of(ORGANISATIONS));
    return names;
  }
}
