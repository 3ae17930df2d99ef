package dev.newswire.enrich.testing;

import dev.newswire.enrich.ner.NerEngine;
import dev.newswire.enrich.ner.RawMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A NerEngine that tags every whole-word, case-sensitive occurrence of the names it was given. */
public final class FakeNerEngine implements NerEngine {

  private final Map<String, String> labels = new LinkedHashMap<>();

  /** Tags {@code surface} with {@code label} wherever it occurs. */
  public FakeNerEngine tag(String surface, String label) {
    labels.put(surface, label);
    return this;
  }

  @Override
  public List<RawMention> recognize(String field, String text) {
    List<RawMention> mentions = new ArrayList<>();
    labels.forEach((surface, label) -> {
      Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surface) + "(?![\\p{L}\\p{N}])")
          .matcher(text);
      while (matcher.find()) {
        mentions.add(new RawMention(field, matcher.start(), matcher.end(), matcher.group(), label));
      }
    });
    mentions.sort(Comparator.comparingInt(RawMention::start).thenComparingInt(m -> -m.end()));
    return mentions;
  }

  @Override
  public List<String> models() {
    return List.of("fake-ner");
  }
}
