package dev.newswire.enrich.link;

import java.util.Optional;

/**
 * Links a named-entity mention to English Wikipedia. In: the surface as written and the NER type
 * (CoreNLP's tag such as PERSON, COUNTRY, ORGANIZATION; null when unknown). Out: a {@link Link},
 * or empty for surfaces not worth linking (pronouns, lower-case words, numbers) or not known.
 */
public interface EntityLinker {

    Optional<Link> link(String surface, String nerType);

    /** What the links come from, for the enrichment metadata ({@code EnrichmentInfo.linkerIndex}). */
    String indexVersion();
}
