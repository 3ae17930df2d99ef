package dev.newswire.enrich.link;

import java.util.Objects;
import java.util.Optional;

/**
 * An {@link EntityLinker} that asks, in order, a live override layer (e.g. user overrides from a
 * compacted topic), the curated {@link KbOverrides}, then the dictionary {@link KbIndex}; the
 * first answer wins. In: surface and NER type. Out: a {@link Link} naming the layer that answered.
 * An override whose type contradicts the tagger (a PERSON mention against a non-person override,
 * or the reverse) is passed over. Thread-safe when its layers are.
 */
public final class LayeredLinker implements EntityLinker {

    private final OverrideSource live;
    private final KbOverrides curated;
    private final KbIndex index;

    public LayeredLinker(OverrideSource live, KbOverrides curated, KbIndex index) {
        this.live = Objects.requireNonNull(live, "live");
        this.curated = Objects.requireNonNull(curated, "curated");
        this.index = Objects.requireNonNull(index, "index");
    }

    /** A linker without a live layer. */
    public LayeredLinker(KbOverrides curated, KbIndex index) {
        this(OverrideSource.NONE, curated, index);
    }

    @Override
    public Optional<Link> link(String surface, String nerType) {
        if (!LinkableSurface.test(surface)) {
            return Optional.empty();
        }
        Optional<KbOverride> fromLive = live.find(surface).filter(o -> NerTypes.compatible(nerType, o));
        if (fromLive.isPresent()) {
            return Optional.of(Link.of(fromLive.get(), Link.Origin.LIVE_OVERRIDE));
        }
        Optional<KbOverride> fromCurated = curated.find(surface).filter(o -> NerTypes.compatible(nerType, o));
        if (fromCurated.isPresent()) {
            return Optional.of(Link.of(fromCurated.get(), Link.Origin.CURATED_OVERRIDE));
        }
        return index.lookup(surface).map(Link::of);
    }

    /** The index version plus a hash of the curated table, e.g. {@code wikidict-43a3a56e-filtered-v1+overrides-1a2b3c4d}. */
    @Override
    public String indexVersion() {
        return index.indexVersion() + "+overrides-" + curated.fingerprint();
    }
}
