package dev.newswire.enrich.entity;

import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.link.LinkCounts;
import dev.newswire.enrich.link.WikipediaUrls;
import dev.newswire.enrich.ner.KnownNames;
import dev.newswire.enrich.ner.Names;
import dev.newswire.enrich.ner.RawMention;
import dev.newswire.schemas.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answers a mention group could be linked by, each with its features. In: the group's surfaces
 * (fullest first), what the knowledge base and the annotators' counts know of them, and the article's
 * {@link LinkContext}. Out: candidates in a stable order (the curated row or index title, the country's
 * teams, the annotators' titles most frequent first), the last one "no page".
 *
 * <ul>
 *   <li>the curated row or the index title of the fullest surface that has one ({@link LinkPolicy});</li>
 *   <li>every title annotators gave the fullest counted surface ({@link LinkCounts});</li>
 *   <li>a country's sports teams by Wikipedia's naming convention ("Japan" → Japan_national_football_team),
 *       where the index knows the title;</li>
 *   <li>no page.</li>
 * </ul>
 * Features: how often annotators chose the candidate, whether the curated table (or the user's imported
 * aliases) or the index gives it and how sure the index is, how the group's type fits the types of the
 * mentions annotators linked to the title, and the title's words beyond the name ("cricket", "team",
 * "F.C.") alone, with the group's type, and with the article's topic and headline words. "No page" has
 * features of its own: how often annotators found none, the group's type and length, whether any
 * knowledge answered.
 */
public final class LinkCandidates {

  /** Wikipedia's titles for a country's teams: the country's title followed by one of these. */
  static final List<String> TEAM_SUFFIXES = List.of("_national_football_team", "_national_cricket_team",
      "_cricket_team", "_national_rugby_union_team", "_national_basketball_team", "_Davis_Cup_team",
      "_Fed_Cup_team", "_national_under-21_football_team", "_national_ice_hockey_team");

  private LinkCandidates() {}

  /** What is known of a group before its candidates are weighed. */
  private record Evidence(String type, Link base, Map<String, Integer> counted, int total, int tokens,
      Set<String> surfaceWords, boolean digits) {

    /** A curated row or a row of the user's alias tables: both are kept current, unlike the annotations. */
    boolean curated() {
      return base != null && (KnownNames.isCurated(base) || base.origin() == Link.Origin.IMPORTED);
    }

    int count(String title) {
      return counted.getOrDefault(title, 0);
    }
  }

  public static List<LinkCandidate> of(MentionGroup group, List<RawMention> surfaces, KnownNames names,
      LinkContext context) {
    Evidence evidence = evidence(group, surfaces, names);
    Map<String, Link> links = new LinkedHashMap<>();
    Set<String> teams = new HashSet<>();
    Link base = evidence.base();
    if (base != null) {
      links.put(base.title(), base);
      if ("COUNTRY".equals(base.subtype()) || "LOCATION".equals(evidence.type())) {
        teams(base, names).forEach(team -> {
          if (links.putIfAbsent(team.title(), team) == null) {
            teams.add(team.title());
          }
        });
      }
    }
    List<String> byCount = evidence.counted().keySet().stream()
        .sorted(Comparator.comparingInt(evidence::count).reversed().thenComparing(Comparator.naturalOrder()))
        .toList();
    for (String title : byCount) {
      // a curated row is kept current: annotators' older titles for the same thing are no rivals, only what
      // is named after it ("England" -> England_cricket_team)
      if (!title.isEmpty() && (!evidence.curated() || title.startsWith(base.title() + "_"))) {
        links.putIfAbsent(title, new Link(title, WikipediaUrls.of(title),
            (double) evidence.count(title) / evidence.total(), null, null, Link.Origin.LINK_COUNTS));
      }
    }
    List<LinkCandidate> out = new ArrayList<>(links.size() + 1);
    for (Link link : links.values()) {
      out.add(new LinkCandidate(link, features(link, teams.contains(link.title()), evidence, names, context)));
    }
    if (offersNoPage(evidence)) {
      out.add(new LinkCandidate(null, nilFeatures(evidence)));
    }
    return out;
  }

  /**
   * Whether "no page" is a candidate. Not for a curated or imported name, which has a page (an adjective of
   * one, "American", may still stand for none where annotators met it). Not for a MISC name annotators
   * never met that the knowledge base knows: the 1996 training set's unseen MISC names (events, cups, one-off titles) mostly had
   * no page in 2010, today's products and programmes do ("Soyuz-2"); CoNLL dev set: linking +10, NIL -14
   * mentions; eval/devset linking 0.742 -> 0.750.
   */
  private static boolean offersNoPage(Evidence e) {
    boolean misc = "MISC".equals(e.type());
    if (e.curated() && !misc) {
      return false;
    }
    return !(misc && e.total() == 0 && e.base() != null);
  }

  private static Evidence evidence(MentionGroup group, List<RawMention> surfaces, KnownNames names) {
    Map<String, Integer> counted = Map.of();
    String countedSurface = null;
    for (RawMention mention : surfaces) {
      Map<String, Integer> d = names.countedTitles(mention.text());
      if (!d.isEmpty()) {
        counted = d;
        countedSurface = mention.text();
        break;
      }
    }
    Set<String> surfaceWords = new HashSet<>();
    for (RawMention mention : surfaces) {
      surfaceWords.addAll(words(mention.text()));
    }
    String first = surfaces.get(0).text();
    int tokens = Math.min(3, Names.tokens(countedSurface == null ? first : countedSurface).size());
    return new Evidence(group.kind().type().name(), baseLink(surfaces, names), counted,
        counted.values().stream().mapToInt(Integer::intValue).sum(), tokens, surfaceWords,
        first.chars().anyMatch(Character::isDigit));
  }

  /** The country's teams whose titles the index knows. */
  private static List<Link> teams(Link country, KnownNames names) {
    List<Link> teams = new ArrayList<>();
    for (String suffix : TEAM_SUFFIXES) {
      String title = country.title() + suffix;
      names.link(title.replace('_', ' '), null).filter(team -> team.title().equals(title)).ifPresent(team ->
          teams.add(new Link(title, WikipediaUrls.of(title), team.score(), null, null, Link.Origin.INDEX)));
    }
    return teams;
  }

  private static Map<String, Double> features(Link link, boolean team, Evidence e, KnownNames names,
      LinkContext context) {
    String type = e.type();
    Map<String, Double> f = new HashMap<>();
    f.put("bias", 1.0);
    f.put("t=" + type + "|tokens=" + e.tokens(), 1.0);
    String title = link.title();
    int c = e.count(title);
    if (team && c == 0) {
      f.put("team|uncounted", 1.0); // annotators' silence on a team says little: most teams are rare
    } else if (e.total() > 0) {
      f.put("share", (double) c / e.total());
      f.put("logshare", Math.log((c + 0.5) / (e.total() + 1.0)));
      f.put("t=" + type + "|tokens=" + e.tokens() + "|share", (double) c / e.total());
      if (c == 0) {
        f.put("uncounted", 1.0);
      }
    } else {
      f.put("nocounts", 1.0);
    }
    if (link == e.base()) {
      f.put(e.curated() ? "curated" : "index", 1.0);
      if (!e.curated()) {
        f.put("index-score", link.score());
      }
    }
    if (team) {
      f.put("team", 1.0);
    }
    f.put("t=" + type + "|v=" + names.titleVotes(title).map(LinkCandidates::majorityType).orElse("none"), 1.0);
    titleWordFeatures(title, e, context, f);
    return f;
  }

  /** The title's words beyond the name, alone, with the type, and with the article's topic and headline words. */
  private static void titleWordFeatures(String title, Evidence e, LinkContext context, Map<String, Double> f) {
    List<String> extra = new ArrayList<>();
    for (String w : words(title)) {
      if (!e.surfaceWords().contains(w) && !extra.contains(w)) {
        extra.add(w);
      }
    }
    if (extra.isEmpty()) {
      f.put("same", 1.0);
      return;
    }
    int inArticle = 0;
    for (String x : extra) {
      f.put("x=" + x, 1.0);
      f.put("t=" + e.type() + "|x=" + x, 1.0);
      for (String topic : context.topicWords()) {
        f.put("x=" + x + "|c=" + topic, 1.0);
      }
      for (String word : context.headlineWords()) {
        f.put("x=" + x + "|h=" + word, 1.0);
      }
      if (context.has(x)) {
        inArticle++;
      }
    }
    f.put("x-in-article", (double) inArticle / extra.size());
  }

  private static Map<String, Double> nilFeatures(Evidence e) {
    String type = e.type();
    Map<String, Double> nil = new HashMap<>();
    nil.put("nil", 1.0);
    nil.put("nil|t=" + type, 1.0);
    nil.put("nil|tokens=" + e.tokens(), 1.0);
    nil.put("nil|t=" + type + "|tokens=" + e.tokens(), 1.0);
    if (e.digits()) {
      nil.put("nil|t=" + type + "|digits", 1.0);
    }
    if (e.total() > 0) {
      int c = e.count("");
      nil.put("nil|share", (double) c / e.total());
      nil.put("nil|logshare", Math.log((c + 0.5) / (e.total() + 1.0)));
    } else {
      nil.put("nil|nocounts", 1.0);
    }
    Link base = e.base();
    if (base == null) {
      nil.put("nil|nobase", 1.0);
    } else if (e.curated()) {
      nil.put("nil|curated", 1.0);
    } else {
      nil.put("nil|index-score", base.score());
    }
    return nil;
  }

  /** One mention per distinct surface, fullest first; for a person only the fullest surfaces. */
  public static List<RawMention> surfaces(MentionGroup group) {
    List<RawMention> sorted = new ArrayList<>(group.mentions());
    sorted.sort(Comparator.comparingInt((RawMention m) -> Names.tokens(m.text()).size()).reversed()
        .thenComparing(Comparator.comparingInt((RawMention m) -> m.text().length()).reversed()));
    int fullest = Names.tokens(sorted.get(0).text()).size();
    Set<String> seen = new LinkedHashSet<>();
    List<RawMention> out = new ArrayList<>();
    for (RawMention mention : sorted) {
      boolean person = group.kind().type() == EntityType.PERSON;
      if ((!person || Names.tokens(mention.text()).size() == fullest) && seen.add(mention.text())) {
        out.add(mention);
      }
    }
    return out;
  }

  /** The curated row of any surface, else the index title of the fullest surface that has one. */
  private static Link baseLink(List<RawMention> surfaces, KnownNames names) {
    Link best = null;
    for (RawMention mention : surfaces) {
      Optional<Link> link = LinkPolicy.linkFor(mention, names);
      if (link.isPresent() && (best == null || KnownNames.isCurated(link.get()) && !KnownNames.isCurated(best))) {
        best = link.get();
      }
    }
    return best;
  }

  private static String majorityType(LinkCounts.TitleVotes v) {
    int max = Math.max(Math.max(v.person(), v.organization()), Math.max(v.location(), v.misc()));
    return max == v.person() ? "PER" : max == v.organization() ? "ORG" : max == v.location() ? "LOC" : "MISC";
  }

  /** Lower-case words of a surface or a title (underscores, hyphens, brackets and commas split). */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[\\s_(),-]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
