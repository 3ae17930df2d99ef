package dev.newswire.enrich.eval;

import dev.newswire.schemas.EntityType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@link EvalReport}'s metrics as a JSON-ready tree of maps and numbers: {@code precision},
 * {@code recall}, {@code f1}, {@code link_accuracy}, {@code nil_accuracy}, {@code per_type} (type
 * name to precision, recall, f1, gold, predicted, tp), {@code articles}, {@code gold_mentions},
 * {@code predicted_mentions}, {@code true_positives}, {@code linkable_found} (gold mentions with a
 * kbId found by span), {@code links_correct} and {@code ms_per_article}.
 */
public final class EvalJson {

  private EvalJson() {}

  public static Map<String, Object> of(EvalReport report) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("precision", report.counts().precision());
    json.put("recall", report.counts().recall());
    json.put("f1", report.counts().f1());
    json.put("link_accuracy", report.linking().value());
    json.put("nil_accuracy", report.nil().value());
    json.put("el_precision", report.endToEndLinks().precision());
    json.put("el_recall", report.endToEndLinks().recall());
    json.put("el_f1", report.endToEndLinks().f1());
    Map<String, Object> linkingByType = new LinkedHashMap<>();
    for (EntityType type : EntityType.values()) {
      linkingByType.put(type.name(), report.linkingOf(type).value());
    }
    json.put("link_accuracy_per_type", linkingByType);
    Map<String, Object> perType = new LinkedHashMap<>();
    for (EntityType type : EntityType.values()) {
      perType.put(type.name(), counts(report.of(type)));
    }
    json.put("per_type", perType);
    json.put("spans", counts(report.spans()));
    json.put("articles", report.articles().size());
    json.put("gold_mentions", report.counts().gold());
    json.put("predicted_mentions", report.counts().predicted());
    json.put("true_positives", report.counts().truePositives());
    json.put("linkable_found", report.linking().total());
    json.put("links_correct", report.linking().correct());
    json.put("ms_per_article", report.millisPerArticle());
    return json;
  }

  /** Precision, recall, F1 and the three counts, as every eval's JSON gives them. */
  public static Map<String, Object> counts(Counts counts) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("precision", counts.precision());
    json.put("recall", counts.recall());
    json.put("f1", counts.f1());
    json.put("gold", counts.gold());
    json.put("predicted", counts.predicted());
    json.put("tp", counts.truePositives());
    return json;
  }
}
