package dev.newswire.enrich.ner;

import dev.newswire.enrich.text.TextPreparer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the name mentions of one article. In: its text fields and what the knowledge base knows
 * ({@link KnownNames}). Out: mentions in reading order, none inside another, with offsets into the
 * original fields, each typed. Steps, one way: prepare each field without moving characters
 * ({@link TextPreparer}), run the {@link NerEngine} on it, keep names ({@link MentionFilter}), split two names
 * the article also names apart ({@link CompoundSplitter}), complete
 * cut person names ({@link NameSpanExtender}) and adjectival place names ({@link PlaceNounExtender}), add
 * curated names the models missed ({@link KbGazetteer}), and decide each scored mention's type with the
 * whole article in view ({@link MentionTyper}; by default the learned {@link LearnedTypes}), keep names
 * made modifiers MISC ({@link ModifierCompounds}) and merge a place into the event it names
 * ({@link EventNames}). Each step
 * earned its place on the CoNLL-2003 development set or is needed by the seed article (see the README's
 * quality section for the measurements).
 */
public final class ArticleNer {

  private final NerEngine engine;
  private final MentionTyper typer;

  public ArticleNer(NerEngine engine) {
    this(engine, LearnedTypes.shipped());
  }

  /** With another last step (a baseline, or a harness that records the features). */
  public ArticleNer(NerEngine engine, MentionTyper typer) {
    this.engine = engine;
    this.typer = typer;
  }

  /** Mentions without knowledge-base help. */
  public List<RawMention> mentions(ArticleText text) {
    return mentions(text, KnownNames.none());
  }

  public List<RawMention> mentions(ArticleText text, KnownNames names) {
    Map<String, String> prepared = prepare(text, names.preparer());
    List<RawMention> found = new ArrayList<>();
    for (String field : text.fieldNames()) {
      // The source line is a publisher's name by construction: only the knowledge base (below) may
      // name it, so "Newswire Sample Desk" does not become an entity of every article it publishes.
      if (!field.equals(ArticleText.SOURCE)) {
        found.addAll(recognize(field, text.text(field), prepared.get(field)));
      }
    }
    found = CompoundSplitter.split(found, text);
    found = NameSpanExtender.extend(found, text);
    found = PlaceNounExtender.extend(found, text, names);
    for (String field : text.fieldNames()) {
      found.addAll(KbGazetteer.find(field, text.text(field), prepared.get(field), found, names));
    }
    // a name made a modifier ("US-backed", "London-based") is MISC whatever else the article says of it
    List<RawMention> typed = inReadingOrder(ModifierCompounds.apply(typer.type(found, text, names)), text);
    return EventNames.merge(typed, text);
  }

  public NerEngine engine() {
    return engine;
  }

  private static Map<String, String> prepare(ArticleText text, TextPreparer preparer) {
    Map<String, String> prepared = new HashMap<>();
    String other = text.text(ArticleText.STANDFIRST) + "\n" + text.text(ArticleText.BODY);
    for (String field : text.fieldNames()) {
      String original = text.text(field);
      prepared.put(field, field.equals(ArticleText.HEADLINE)
          ? preparer.headline(original, other) : preparer.running(original));
    }
    return prepared;
  }

  /** The engine reads the prepared text; mentions carry the original text at the same offsets. */
  private List<RawMention> recognize(String field, String original, String prepared) {
    List<RawMention> names = new ArrayList<>();
    if (prepared.isBlank()) {
      return names;
    }
    for (RawMention mention : engine.recognize(field, prepared)) {
      checkOffsets(mention, field, prepared);
      RawMention inOriginal = mention.withSpan(mention.start(), mention.end(), original);
      if (MentionFilter.isName(inOriginal)) {
        names.add(inOriginal);
      }
    }
    return names;
  }

  private static void checkOffsets(RawMention mention, String field, String fieldText) {
    if (!mention.field().equals(field) || mention.end() > fieldText.length()
        || !fieldText.substring(mention.start(), mention.end()).equals(mention.text())) {
      throw new IllegalStateException("NER engine returned a mention whose offsets do not match its text: "
          + mention);
    }
  }

  /** Sorted by position; a mention inside another one's span (after widening) is dropped. */
  private static List<RawMention> inReadingOrder(List<RawMention> mentions, ArticleText text) {
    List<RawMention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt((RawMention m) -> text.globalOffset(m.field(), m.start()))
        .thenComparingInt(m -> -m.end()));
    List<RawMention> kept = new ArrayList<>(sorted.size());
    for (RawMention mention : sorted) {
      RawMention last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      boolean inside = last != null && last.field().equals(mention.field())
          && mention.start() >= last.start() && mention.end() <= last.end();
      if (!inside) {
        kept.add(mention);
      }
    }
    return kept;
  }
}
