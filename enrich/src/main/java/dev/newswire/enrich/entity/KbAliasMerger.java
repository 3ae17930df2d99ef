package dev.newswire.enrich.entity;

import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.ner.KnownNames;
import dev.newswire.enrich.ner.RawMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges groups that the knowledge base resolves to the same title: acronyms and official names
 * ("DPRK", "Democratic People's Republic of Korea" and "North Korea"; "US" and "United States"). A
 * nationality ("North Korean") shares its country's title but is a different entity and stays apart.
 * In: linked groups (first-mention order) and the reading order of mentions. Out: merged groups in
 * order of first mention; a merged group keeps the kind and link of its curated (else first) member.
 */
public final class KbAliasMerger {

  private KbAliasMerger() {}

  public static List<MentionGroup> merge(List<MentionGroup> groups, Comparator<RawMention> readingOrder) {
    Map<Object, List<MentionGroup>> byKey = new LinkedHashMap<>();
    for (MentionGroup group : groups) {
      byKey.computeIfAbsent(key(group), k -> new ArrayList<>()).add(group);
    }
    List<MentionGroup> merged = new ArrayList<>(byKey.size());
    for (List<MentionGroup> same : byKey.values()) {
      merged.add(same.size() == 1 ? same.get(0) : combine(same, readingOrder));
    }
    merged.sort(Comparator.comparing(g -> g.mentions().get(0), readingOrder));
    return merged;
  }

  private static Object key(MentionGroup group) {
    Link link = group.link();
    return link == null ? group : link.title() + "\u0000" + group.kind().type() + (group.isNationality() ? "\u0000NATIONALITY" : "");
  }

  private static MentionGroup combine(List<MentionGroup> same, Comparator<RawMention> readingOrder) {
    MentionGroup lead = same.stream().filter(g -> KnownNames.isCurated(g.link())).findFirst().orElse(same.get(0));
    List<RawMention> mentions = new ArrayList<>();
    same.forEach(g -> mentions.addAll(g.mentions()));
    mentions.sort(readingOrder);
    return new MentionGroup(lead.kind(), mentions, lead.link());
  }
}
