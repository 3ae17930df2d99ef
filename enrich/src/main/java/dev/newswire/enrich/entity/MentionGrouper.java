package dev.newswire.enrich.entity;

import dev.newswire.enrich.ner.Names;
import dev.newswire.enrich.ner.RawMention;
import dev.newswire.schemas.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Groups the mentions of one article into entities (first level, before alias merging and linking).
 * In: mentions in reading order and each one's kind (from its NER label, or from its knowledge-base
 * link). Out: groups:
 * <ol>
 *   <li>type consistency: every mention of a name (case-insensitive, whitespace-normalised) gets the
 *       kind that name has most often in the article; a tie goes to the kind seen first;</li>
 *   <li>mentions of the same name and type form one group;</li>
 *   <li>a PERSON group whose tokens all occur, in order, in exactly one longer PERSON name of the
 *       article joins it ("Putin" joins "Vladimir Putin", "Im Chon" joins "Im Chon Il"); when two
 *       different longer names would fit ("Kim" with "Kim Jong Un" and "Kim Yo Jong") it stays apart.</li>
 * </ol>
 * Groups come out in order of first mention.
 */
public final class MentionGrouper {

  private MentionGrouper() {}

  /** Groups by the NER labels' kinds. */
  public static List<MentionGroup> group(List<RawMention> mentions) {
    return group(mentions, m -> EntityKind.fromLabel(m.label()));
  }

  /** Groups with each mention's kind given by {@code kindOf} (e.g. from its knowledge-base link). */
  public static List<MentionGroup> group(List<RawMention> mentions, Function<RawMention, EntityKind> kindOf) {
    Map<String, EntityKind> kinds = agreedKinds(mentions, kindOf);
    Map<String, List<RawMention>> byName = new LinkedHashMap<>();
    Map<String, EntityKind> kindOfGroup = new HashMap<>();
    for (RawMention mention : mentions) {
      String name = Names.normalize(mention.text());
      // a scored mention keeps its own kind (LearnedTypes settled it with the article in view); agreement by
      // majority is for the unscored ones the knowledge base added
      EntityKind kind = mention.scores().isKnown() ? kindOf.apply(mention) : kinds.get(name);
      String key = kind.type() + ":" + name;
      byName.computeIfAbsent(key, k -> new ArrayList<>()).add(mention);
      kindOfGroup.put(key, kind);
    }
    mergePersonNames(byName, readingOrder(mentions));
    List<MentionGroup> groups = new ArrayList<>();
    byName.forEach((key, members) -> groups.add(new MentionGroup(kindOfGroup.get(key), members)));
    return groups;
  }

  /** For each normalised name, its most frequent kind (first seen wins a tie). */
  static Map<String, EntityKind> agreedKinds(List<RawMention> mentions, Function<RawMention, EntityKind> kindOf) {
    Map<String, Map<EntityKind, Integer>> counts = new LinkedHashMap<>();
    for (RawMention mention : mentions) {
      counts.computeIfAbsent(Names.normalize(mention.text()), k -> new LinkedHashMap<>())
          .merge(kindOf.apply(mention), 1, Integer::sum);
    }
    Map<String, EntityKind> agreed = new HashMap<>();
    counts.forEach((name, byKind) -> {
      EntityKind best = null;
      int bestCount = 0;
      for (Map.Entry<EntityKind, Integer> entry : byKind.entrySet()) {
        if (entry.getValue() > bestCount) {
          best = entry.getKey();
          bestCount = entry.getValue();
        }
      }
      agreed.put(name, best);
    });
    return agreed;
  }

  /** Moves each shorter PERSON group into the one longer PERSON name that contains it. */
  private static void mergePersonNames(Map<String, List<RawMention>> byName, Comparator<RawMention> order) {
    String prefix = EntityType.PERSON + ":";
    List<String> people = new ArrayList<>();
    for (String key : byName.keySet()) {
      if (key.startsWith(prefix)) {
        people.add(key);
      }
    }
    for (String shorter : people) {
      String target = onlyFullName(shorter.substring(prefix.length()), people, prefix);
      if (target != null) {
        List<RawMention> merged = new ArrayList<>(byName.get(target));
        merged.addAll(byName.remove(shorter));
        merged.sort(order);
        byName.put(target, merged);
      }
    }
  }

  /** Orders mentions as they came in (reading order). */
  public static Comparator<RawMention> readingOrder(List<RawMention> mentions) {
    Map<RawMention, Integer> position = new IdentityHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      position.put(mentions.get(i), i);
    }
    return Comparator.comparing(position::get);
  }

  /** The single longest PERSON name containing {@code name}'s tokens in order, or null. */
  private static String onlyFullName(String name, List<String> people, String prefix) {
    List<String> tokens = Names.tokens(name);
    List<String> maximal = new ArrayList<>();
    for (String candidate : people) {
      List<String> candidateTokens = Names.tokens(candidate.substring(prefix.length()));
      if (candidateTokens.size() > tokens.size() && Names.isSubsequence(tokens, candidateTokens)
          && !isInsideLongerName(candidateTokens, people, prefix)) {
        maximal.add(candidate);
      }
    }
    return maximal.size() == 1 ? maximal.get(0) : null;
  }

  private static boolean isInsideLongerName(List<String> tokens, List<String> people, String prefix) {
    for (String other : people) {
      List<String> otherTokens = Names.tokens(other.substring(prefix.length()));
      if (otherTokens.size() > tokens.size() && Names.isSubsequence(tokens, otherTokens)) {
        return true;
      }
    }
    return false;
  }
}
