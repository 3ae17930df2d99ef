package dev.newswire.bench;

import dev.newswire.enrich.ner.NerEngine;
import dev.newswire.enrich.ner.RawMention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for CoreNLP in the microbenchmarks: every run of capitalised words not at a sentence
 * start is a mention, labelled from its text's hash. It costs microseconds, so the benchmarks of the
 * steps around NER (grouping, linking, salience, Avro) measure those steps and not the models.
 */
public final class CapitalisedNameEngine implements NerEngine {

  private static final Pattern NAME = Pattern.compile("(?<![.!?]\\s|^)\\b\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)*",
      Pattern.MULTILINE);
  private static final String[] LABELS = {"PERSON", "ORGANIZATION", "LOCATION", "MISC"};

  @Override
  public List<RawMention> recognize(String field, String text) {
    List<RawMention> mentions = new ArrayList<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      String label = LABELS[Math.floorMod(m.group().hashCode(), LABELS.length)];
      mentions.add(new RawMention(field, m.start(), m.end(), m.group(), label));
    }
    return mentions;
  }

  @Override
  public List<String> models() {
    return List.of("capitalised-names");
  }
}
