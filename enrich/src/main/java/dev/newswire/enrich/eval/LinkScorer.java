package dev.newswire.enrich.eval;

import dev.newswire.schemas.EntityType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores one article's links as the AIDA scorer ({@code score_links.py}) does. In: gold and predicted
 * mentions. Out: linking accuracy on found gold-linked spans (overall, by gold type, and the wrong
 * ones), NIL accuracy on found {@code --NME--} spans, and end-to-end (span, title) counts, where a linked
 * prediction on a gold {@code --NME--} span is not a false positive. Titles are compared as
 * {@link Titles#comparable} folds them; a span under several entities keeps a linked one; a prediction
 * overlapping a gold name whose link is not scored (split over two lines) is left out.
 */
final class LinkScorer {

  private LinkScorer() {}

  record LinkScore(Ratio linking, Ratio nil, List<LinkError> errors, Counts endToEnd,
      Map<EntityType, Ratio> accuracyByType) {}

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
    Ratio nil = Ratio.ZERO;
    List<LinkError> errors = new ArrayList<>();
    Map<EntityType, Ratio> byType = new EnumMap<>(EntityType.class);
    for (GoldMention g : gold) {
      String found = g.linkScored() ? links.get(key(g.field(), g.start(), g.end())) : null;
      if (!g.linkScored() || (found == null && g.kbId() == null)) {
        continue;
      }
      String predictedLink = found == null || found.isEmpty() ? null : found;
      boolean right = Objects.equals(Titles.comparable(g.kbId()), Titles.comparable(predictedLink));
      if (g.kbId() == null) {
        nil = nil.plus(new Ratio(right ? 1 : 0, 1));
      } else {
        goldLinked++;
        if (found != null) {
          correct += right ? 1 : 0;
          byType.merge(g.type(), new Ratio(right ? 1 : 0, 1), Ratio::plus);
        }
      }
      if (found != null && !right) {
        errors.add(new LinkError(g, predictedLink));
      }
    }
    int onNil = nil.total() - nil.correct();
    int predictedLinks = (int) links.values().stream().filter(l -> !l.isEmpty()).count() - onNil;
    Ratio linking = byType.values().stream().reduce(Ratio.ZERO, Ratio::plus);
    return new LinkScore(linking, nil, errors, new Counts(correct, predictedLinks - correct, goldLinked - correct),
        byType);
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
