package dev.newswire.enrich.eval;

import dev.newswire.schemas.EntityType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores one article's links as the AIDA scorer ({@code score_links.py}) does. In: gold and predicted
 * mentions. Out: end-to-end (span, title) counts, where a linked prediction on a gold {@code --NME--} span
 * is not a false positive and a prediction overlapping a gold name whose link is not scored (split over
 * two lines) is left out; and linking accuracy on found gold-linked spans by gold type.
 */
final class LinkScorer {

  private LinkScorer() {}

  record LinkScore(Counts endToEnd, Map<EntityType, Ratio> accuracyByType) {}

  static LinkScore score(List<GoldMention> gold, List<PredictedMention> predicted) {
    Map<String, String> links = new HashMap<>();
    for (PredictedMention p : predicted) {
      if (!overlapsUnscored(p, gold)) {
        links.merge(key(p.field(), p.start(), p.end()), p.kbId() == null ? "" : p.kbId(),
            (a, b) -> a.isEmpty() ? b : a); // a span under several entities keeps a linked one
      }
    }
    int correct = 0;
    int goldLinked = 0;
    int onNil = 0;
    Map<EntityType, Ratio> byType = new EnumMap<>(EntityType.class);
    for (GoldMention g : gold) {
      if (!g.linkScored()) {
        continue;
      }
      String predictedLink = links.get(key(g.field(), g.start(), g.end()));
      if (g.kbId() == null) {
        onNil += predictedLink != null && !predictedLink.isEmpty() ? 1 : 0;
        continue;
      }
      goldLinked++;
      if (predictedLink != null) {
        boolean right = Objects.equals(Titles.comparable(g.kbId()), Titles.comparable(predictedLink));
        correct += right ? 1 : 0;
        byType.merge(g.type(), new Ratio(right ? 1 : 0, 1), Ratio::plus);
      }
    }
    int predictedLinks = (int) links.values().stream().filter(l -> !l.isEmpty()).count() - onNil;
    return new LinkScore(new Counts(correct, predictedLinks - correct, goldLinked - correct), byType);
  }

  private static boolean overlapsUnscored(PredictedMention p, List<GoldMention> gold) {
    for (GoldMention g : gold) {
      if (!g.linkScored() && g.field().equals(p.field()) && p.start() < g.end() && g.start() < p.end()) {
        return true;
      }
    }
    return false;
  }

  private static String key(String field, int start, int end) {
    return field + ":" + start + ":" + end;
  }
}
