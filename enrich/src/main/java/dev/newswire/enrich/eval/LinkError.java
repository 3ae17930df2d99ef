package dev.newswire.enrich.eval;

/**
 * A gold mention found by span whose predicted entity has another kbId (or none, or one where gold
 * has none).
 *
 * @param gold the gold mention
 * @param predictedKbId the kbId of the predicted entity, or null
 */
public record LinkError(GoldMention gold, String predictedKbId) {

  @Override
  public String toString() {
    return "'" + gold.text() + "' " + gold.field() + "[" + gold.start() + "," + gold.end() + ") gold "
        + gold.kbId() + ", predicted " + predictedKbId;
  }
}
