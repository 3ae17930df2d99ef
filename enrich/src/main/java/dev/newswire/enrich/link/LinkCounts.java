package dev.newswire.enrich.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How annotators linked names in newswire: for a surface, the title they chose most often, or that they
 * found no page ("NIL"). In: a surface exactly as written. Out: the majority answer with its count and
 * the surface's total, or empty for a surface never annotated. The shipped table ({@link #SHIPPED}) is
 * derived from the AIDA CoNLL-YAGO links of the CoNLL-2003 training set (CC BY 3.0; see its header).
 */
public final class LinkCounts {

  public static final String SHIPPED = "dev/newswire/enrich/link/aida-train-links.tsv";
  /** The types of the mentions annotators linked to each title. */
  public static final String SHIPPED_TITLES = "dev/newswire/enrich/link/aida-train-titles.tsv";

  /** The majority answer for a surface: {@code title} null when annotators found no page. */
  public record Answer(String title, int count, int total) {
    public boolean isNil() {
      return title == null;
    }

    public double share() {
      return total == 0 ? 0 : (double) count / total;
    }
  }

  /** How many of the mentions linked to a title were of each type: PER, ORG, LOC, MISC. */
  public record TitleVotes(int person, int organization, int location, int misc) {
    /** Most of the mentions linked to it were people. */
    public boolean isPerson() {
      return 2 * person > person + organization + location + misc;
    }

    /** None of them was a person. */
    public boolean isNeverPerson() {
      return person == 0 && organization + location + misc > 0;
    }
  }

  private final Map<String, Answer> answers;
  private final Map<String, TitleVotes> titles;

  private LinkCounts(Map<String, Answer> answers, Map<String, TitleVotes> titles) {
    this.answers = Map.copyOf(answers);
    this.titles = Map.copyOf(titles);
  }

  /** No counts at all. */
  public static LinkCounts none() {
    return new LinkCounts(Map.of(), Map.of());
  }

  /** The tables shipped with enrich. */
  public static LinkCounts shipped() {
    ClassLoader loader = LinkCounts.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(SHIPPED);
         InputStream types = loader.getResourceAsStream(SHIPPED_TITLES)) {
      return read(Objects.requireNonNull(in, "missing resource " + SHIPPED),
          Objects.requireNonNull(types, "missing resource " + SHIPPED_TITLES));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the link counts", e);
    }
  }

  /** Surface counts only. */
  public static LinkCounts read(InputStream in) throws IOException {
    return read(in, InputStream.nullInputStream());
  }

  /**
   * Rows "surface TAB title (empty for none) TAB count" in {@code in}, "title TAB PER TAB ORG TAB LOC TAB
   * MISC" in {@code types}; lines starting with '#' are comments.
   */
  public static LinkCounts read(InputStream in, InputStream types) throws IOException {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 3 || cols[0].isBlank()) {
        throw new IOException("line " + number + " of the link counts: expected surface, title, count");
      }
      int count = Integer.parseInt(cols[2]);
      if (count <= 0) {
        throw new IOException("line " + number + " of the link counts: count must be positive");
      }
      counts.computeIfAbsent(cols[0], k -> new HashMap<>()).merge(cols[1], count, Integer::sum);
    }
    Map<String, Answer> answers = new HashMap<>();
    counts.forEach((surface, byTitle) -> answers.put(surface, majority(byTitle)));
    return new LinkCounts(answers, titleVotes(types));
  }

  private static Map<String, TitleVotes> titleVotes(InputStream in) throws IOException {
    Map<String, TitleVotes> votes = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 5 || cols[0].isBlank()) {
        throw new IOException("line " + number + " of the title types: expected title and 4 counts");
      }
      votes.put(cols[0], new TitleVotes(Integer.parseInt(cols[1]), Integer.parseInt(cols[2]),
          Integer.parseInt(cols[3]), Integer.parseInt(cols[4])));
    }
    return votes;
  }

  /** The types of the mentions annotators linked to {@code title}, if they linked any. */
  public Optional<TitleVotes> votes(String title) {
    return Optional.ofNullable(titles.get(title));
  }

  /** The most frequent answer; on a tie, a title before no page, then the title first in order. */
  private static Answer majority(Map<String, Integer> byTitle) {
    int total = byTitle.values().stream().mapToInt(Integer::intValue).sum();
    String best = null;
    int bestCount = -1;
    for (Map.Entry<String, Integer> e : byTitle.entrySet()) {
      int c = e.getValue();
      boolean better = c > bestCount || c == bestCount && rank(e.getKey()).compareTo(rank(best)) < 0;
      if (better) {
        best = e.getKey();
        bestCount = c;
      }
    }
    return new Answer(best.isEmpty() ? null : best, bestCount, total);
  }

  private static String rank(String title) {
    return title == null ? "\uffff" : title.isEmpty() ? "\ufffe" : title;
  }

  public Optional<Answer> answer(String surface) {
    return Optional.ofNullable(answers.get(surface));
  }

  public int size() {
    return answers.size();
  }
}
