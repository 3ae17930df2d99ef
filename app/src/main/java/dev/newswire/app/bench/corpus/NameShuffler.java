package dev.newswire.app.bench.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gives each generated article its own cast: people, cities, countries and companies named in the
 * paragraphs are swapped for others of the same kind, consistently within the article ("Christine
 * Lagarde" and a later "Lagarde" become the same other person). Immutable; the randomness comes in.
 */
final class NameShuffler {

  private static final List<String> PEOPLE = List.of(
      "Christine Lagarde", "Joachim Nagel", "Laura Bianchi", "Hiroshi Tanaka", "Daniel Okafor", "Elena Petrova",
      "Thomas Becker", "Anna Kowalski", "Samuel Adeyemi", "James Whitfield", "Carlos Ortega", "Sofia Lindqvist",
      "Yuki Sato", "Rahul Mehta", "Lucas Moreau", "Amara Nwosu", "Maria Keller");
  private static final List<String> CITIES = List.of(
      "Frankfurt", "Paris", "London", "New York", "Tokyo", "Singapore", "Rome", "Brussels", "Geneva", "Nairobi",
      "Berlin", "Munich", "Madrid", "Toronto", "Sydney", "Washington", "Hamburg", "Toulouse", "Abidjan", "Adelaide");
  private static final List<String> COUNTRIES = List.of(
      "Germany", "Italy", "Japan", "Canada", "Australia", "Kenya", "India", "Spain", "Nigeria", "Ghana", "France",
      "Poland", "Brazil");
  private static final List<String> COMPANIES = List.of(
      "Deutsche Bank", "Airbus", "Toyota", "Siemens", "Halvorsen Capital", "Meridian Energy", "Nordic Shipping Group",
      "Boeing", "SpaceX");

  private final Pattern names;

  NameShuffler() {
    List<String> surfaces = new ArrayList<>();
    for (String person : PEOPLE) {
      surfaces.add(person);
      surfaces.add(surname(person));
    }
    surfaces.addAll(CITIES);
    surfaces.addAll(COUNTRIES);
    surfaces.addAll(COMPANIES);
    surfaces.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.names = Pattern.compile(surfaces.stream().map(Pattern::quote)
        .collect(Collectors.joining("|", "\\b(?:", ")\\b")));
  }

  /** A fresh cast: every known name mapped to another (or the same) name of its kind. */
  Map<String, String> draw(Random random) {
    Map<String, String> cast = new HashMap<>();
    List<String> people = permuted(PEOPLE, random);
    for (int i = 0; i < PEOPLE.size(); i++) {
      cast.put(PEOPLE.get(i), people.get(i));
      cast.put(surname(PEOPLE.get(i)), surname(people.get(i)));
    }
    for (List<String> kind : List.of(CITIES, COUNTRIES, COMPANIES)) {
      List<String> drawn = permuted(kind, random);
      for (int i = 0; i < kind.size(); i++) {
        cast.put(kind.get(i), drawn.get(i));
      }
    }
    return cast;
  }

  /** The text with every known name replaced by its counterpart in the cast. */
  String recast(String text, Map<String, String> cast) {
    return names.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        cast.getOrDefault(m.group(), m.group())));
  }

  private static List<String> permuted(List<String> names, Random random) {
    List<String> copy = new ArrayList<>(names);
    Collections.shuffle(copy, random);
    return copy;
  }

  private static String surname(String fullName) {
    return fullName.substring(fullName.lastIndexOf(' ') + 1);
  }
}
