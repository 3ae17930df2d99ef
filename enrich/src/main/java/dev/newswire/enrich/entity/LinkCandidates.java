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
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answers a mention group could be linked by, each with its features. In: the group's surfaces
 * (fullest first), what the knowledge base and the annotators' counts know of them, and the article's
 * {@link LinkContext}. Out: candidates in a stable order, the last one "no page".
 *
 * <ul>
 *   <li>the curated row or the index title of the fullest surface that has one ({@link LinkPolicy});</li>
 *   <li>every title annotators gave the fullest counted surface ({@link LinkCounts});</li>
 *   <li>a country's sports teams by Wikipedia's naming convention ("Japan" → Japan_national_football_team),
 *       where the index knows the title;</li>
 *   <li>no page.</li>
 * </ul>
 * Features: how often annotators chose the candidate, whether the curated table or the index gives it,
 * how the group's type fits the types of the mentions annotators linked to it, and the candidate title's
 * words beyond the name ("cricket", "team", "F.C.") alone and with the article's topic words.
 */
public final class LinkCandidates {

  /** Wikipedia's titles for a country's teams: the country's title followed by one of these. */
  static final List<String> TEAM_SUFFIXES = List.of("_national_football_team", "_national_cricket_team",
      "_cricket_team", "_national_rugby_union_team", "_national_basketball_team", "_Davis_Cup_team",
      "_Fed_Cup_team", "_national_under-21_football_team", "_national_ice_hockey_team");

  private LinkCandidates() {}

  public static List<LinkCandidate> of(MentionGroup group, List<RawMention> surfaces, KnownNames names,
      LinkContext context) {
    String type = group.kind().type().name();
    Link base = baseLink(surfaces, names);
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
    int total = counted.values().stream().mapToInt(Integer::intValue).sum();
    Set<String> surfaceWords = new HashSet<>();
    for (RawMention mention : surfaces) {
      for (String w : words(mention.text())) {
        surfaceWords.add(w);
      }
    }
    Map<String, Link> links = new LinkedHashMap<>();
    Set<String> expansions = new HashSet<>();
    if (base != null) {
      links.put(base.title(), base);
      if (base.subtype() != null && base.subtype().equals("COUNTRY") || "LOCATION".equals(type)) {
        for (String suffix : TEAM_SUFFIXES) {
          String title = base.title() + suffix;
          Optional<Link> team = names.link(title.replace('_', ' '), null);
          if (team.isPresent() && team.get().title().equals(title) && !links.containsKey(title)) {
            links.put(title, new Link(title, WikipediaUrls.of(title), team.get().score(), null, null,
                Link.Origin.LINK_COUNTS));
            expansions.add(title);
          }
        }
      }
    }
    boolean curated = base != null && KnownNames.isCurated(base);
    for (String title : counted.keySet().stream().sorted().toList()) {
      // a curated row is kept current: annotators' older titles for the same thing are no rivals, only what
      // is named after it ("England" -> England_cricket_team)
      if (!title.isEmpty() && !links.containsKey(title) && (!curated || title.startsWith(base.title() + "_"))) {
        links.put(title, new Link(title, WikipediaUrls.of(title), (double) counted.get(title) / total, null, null,
            Link.Origin.LINK_COUNTS));
      }
    }
    int tokens = Math.min(3, countedSurface == null ? Names.tokens(surfaces.get(0).text()).size()
        : Names.tokens(countedSurface).size());
    List<LinkCandidate> out = new ArrayList<>(links.size() + 1);
    for (Link link : links.values()) {
      Map<String, Double> f = new HashMap<>();
      f.put("bias", 1.0);
      f.put("t=" + type + "|tokens=" + tokens, 1.0);
      String title = link.title();
      int c = counted.getOrDefault(title, 0);
      if (expansions.contains(title) && c == 0) {
        f.put("team|uncounted", 1.0); // annotators' silence on a team says little: most teams are rare
      } else if (total > 0) {
        f.put("share", (double) c / total);
        f.put("logshare", Math.log((c + 0.5) / (total + 1.0)));
        f.put("t=" + type + "|tokens=" + tokens + "|share", (double) c / total);
        if (c == 0) {
          f.put("uncounted", 1.0);
        }
      } else {
        f.put("nocounts", 1.0);
      }
      if (link == base) {
        f.put(KnownNames.isCurated(link) ? "curated" : "index", 1.0);
        if (!KnownNames.isCurated(link)) {
          f.put("index-score", link.score());
        }
      }
      if (expansions.contains(title)) {
        f.put("team", 1.0);
      }
      String votes = names.titleVotes(title).map(LinkCandidates::majorityType).orElse("none");
      f.put("t=" + type + "|v=" + votes, 1.0);
      List<String> extra = new ArrayList<>();
      for (String w : words(title)) {
        if (!surfaceWords.contains(w) && !extra.contains(w)) {
          extra.add(w);
        }
      }
      if (extra.isEmpty()) {
        f.put("same", 1.0);
      }
      int inArticle = 0;
      for (String x : extra) {
        f.put("x=" + x, 1.0);
        f.put("t=" + type + "|x=" + x, 1.0);
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
      if (!extra.isEmpty()) {
        f.put("x-in-article", (double) inArticle / extra.size());
      }
      out.add(new LinkCandidate(link, f));
    }
    if (curated && !"MISC".equals(type)) {
      return out; // a curated name has a page; an adjective of one ("American") may still stand for none
    }
    if (total == 0 && base != null && "MISC".equals(type)) {
      // a MISC name annotators never met keeps the dictionary's answer: the 1996 training set's unseen MISC
      // names (events, cups, one-off titles) mostly had no page in 2010, today's products and programmes do
      // ("Soyuz-2"); CoNLL dev set: linking +10, NIL -14 mentions; eval/devset linking 0.742 -> 0.750
      return out;
    }
    Map<String, Double> nil = new HashMap<>();
    nil.put("nil", 1.0);
    nil.put("nil|t=" + type, 1.0);
    nil.put("nil|tokens=" + tokens, 1.0);
    nil.put("nil|t=" + type + "|tokens=" + tokens, 1.0);
    if (surfaces.get(0).text().chars().anyMatch(Character::isDigit)) {
      nil.put("nil|t=" + type + "|digits", 1.0);
    }
    if (total > 0) {
      int c = counted.getOrDefault("", 0);
      nil.put("nil|share", (double) c / total);
      nil.put("nil|logshare", Math.log((c + 0.5) / (total + 1.0)));
    } else {
      nil.put("nil|nocounts", 1.0);
    }
    if (base == null) {
      nil.put("nil|nobase", 1.0);
    } else if (KnownNames.isCurated(base)) {
      nil.put("nil|curated", 1.0);
    } else {
      nil.put("nil|index-score", base.score());
    }
    out.add(new LinkCandidate(null, nil));
    return out;
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
