package dev.newswire.enrich.ner;

import java.util.List;

/**
 * Finds named-entity mentions in plain text. Implementations must be thread-safe: one instance is
 * shared by every stream thread of a process.
 */
public interface NerEngine {

  /**
   * The mentions in one field's text, in text order, with offsets into exactly that text.
   *
   * @param field the field name recorded on each mention ({@code headline}, {@code standfirst}, {@code body})
   * @param text the field's text; may be empty
   */
  List<RawMention> recognize(String field, String text);

  /** The models this engine runs, by name and version, as recorded in {@code EnrichmentInfo.models}. */
  List<String> models();
}
