package dev.newswire.enrich.link;

import java.util.Optional;
import java.util.function.Function;

/**
 * A layer of curated links consulted before the dictionary. In: a surface form. Out: the
 * override for it or one of its {@link SurfaceVariants}, or empty. {@link KbOverrides} is the
 * shipped layer; a live layer (e.g. user overrides read from a compacted topic into a
 * GlobalKTable store) can be adapted with {@link #ofExact(Function)}.
 */
@FunctionalInterface
public interface OverrideSource {

    /** An empty layer. */
    OverrideSource NONE = surface -> Optional.empty();

    Optional<KbOverride> find(String surface);

    /**
     * Adapts an exact-key store (e.g. {@code store::get} of a {@code ReadOnlyKeyValueStore}, which
     * returns null on a miss) into a layer that tries every variant of the surface.
     */
    static OverrideSource ofExact(Function<String, KbOverride> exact) {
        return surface -> SurfaceVariants.firstHit(surface, key -> Optional.ofNullable(exact.apply(key)));
    }
}
