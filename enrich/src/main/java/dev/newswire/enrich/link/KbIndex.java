package dev.newswire.enrich.link;

import java.util.Optional;

/**
 * A read-only surface-to-title dictionary. In: a surface form as written in an article
 * ("Russia's", "UN-based"). Out: the first candidate found for the surface or one of its
 * {@link SurfaceVariants}, or empty. Implementations are thread-safe.
 */
public interface KbIndex extends AutoCloseable {

    /** The candidate for {@code surface}, trying its normalised variants in order. */
    Optional<KbEntry> lookup(String surface);

    /** Identifies the data and filtering behind the index, e.g. {@code wikidict-43a3a56e-filtered-v1}. */
    String indexVersion();

    @Override
    void close();
}
