package dev.newswire.enrich.entity;

import dev.newswire.enrich.ner.Names;
import dev.newswire.enrich.ner.RawMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges an unlinked group into another group of the same article whose name it misspells: the same
 * number of words, all equal but one, and that one a long word ({@value #MIN_WORD_LENGTH}+ letters) one
 * edit away with the same first letter ("Vostochny Cosmodrone" into "Vostochny Cosmodrome"). The two
 * must agree on type, either as resolved or as the taggers saw them, and the misspelt group must not
 * be mentioned more often than the other unless the other is linked. In: groups in first-mention order
 * and the reading order. Out: the groups, misspellings merged into their correct form.
 */
public final class MisspellingMerger {

  static final int MIN_WORD_LENGTH = 5;

  private MisspellingMerger() {}

  public static List<MentionGroup> merge(List<MentionGroup> groups, Comparator<RawMention> readingOrder) {
    List<MentionGroup> out = new ArrayList<>(groups);
    for (int i = 0; i < out.size(); i++) {
      MentionGroup typo = out.get(i);
      if (typo.link() != null) {
        continue;
      }
      for (int j = 0; j < out.size(); j++) {
        MentionGroup target = out.get(j);
        if (j != i && isMisspelling(typo, target)) {
          List<RawMention> mentions = new ArrayList<>(target.mentions());
          mentions.addAll(typo.mentions());
          mentions.sort(readingOrder);
          out.set(j, new MentionGroup(target.kind(), mentions, target.link()));
          out.remove(i);
          i--;
          break;
        }
      }
    }
    return out;
  }

  static boolean isMisspelling(MentionGroup typo, MentionGroup target) {
    boolean frequentEnough = target.link() != null || target.mentions().size() >= typo.mentions().size();
    return frequentEnough && sameType(typo, target) && oneWordMisspelt(
        Names.tokens(typo.canonicalName()), Names.tokens(target.canonicalName()));
  }

  private static boolean sameType(MentionGroup a, MentionGroup b) {
    return a.kind().type() == b.kind().type() || taggedType(a).equals(taggedType(b));
  }

  private static String taggedType(MentionGroup group) {
    return EntityKind.fromLabel(group.mentions().get(0).label()).type().name();
  }

  static boolean oneWordMisspelt(List<String> a, List<String> b) {
    if (a.size() != b.size() || a.size() < 2) {
      return false;
    }
    int differing = -1;
    for (int k = 0; k < a.size(); k++) {
      if (!a.get(k).equals(b.get(k))) {
        if (differing >= 0) {
          return false;
        }
        differing = k;
      }
    }
    if (differing < 0) {
      return false;
    }
    String x = a.get(differing);
    String y = b.get(differing);
    return Math.min(x.length(), y.length()) >= MIN_WORD_LENGTH && x.charAt(0) == y.charAt(0)
        && EditDistance.atMostOne(x, y);
  }
}
