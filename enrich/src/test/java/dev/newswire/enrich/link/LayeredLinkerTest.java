package dev.newswire.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayeredLinkerTest {

    @TempDir
    static Path tmp;
    static RocksKbIndex index;
    static KbOverrides curated;

    @BeforeAll
    static void buildFixtureIndex() throws IOException {
        index = new KbIndexCache(tmp.resolve("cache"), KbIndexCacheTest.CLOCK)
                .open(WikidictSource.fromFile(KbIndexCacheTest.copyFixture(tmp)));
        try (InputStream in = LayeredLinkerTest.class.getResourceAsStream("overrides-fixture.tsv")) {
            curated = KbOverrides.parse(in, "overrides-fixture.tsv");
        }
    }

    @AfterAll
    static void closeIndex() {
        index.close();
    }

    private final LayeredLinker linker = new LayeredLinker(curated, index);

    @Test
    void shouldPreferOverridesToTheIndex() {
        Link link = linker.link("Sputnik", "ORGANIZATION").orElseThrow();
        assertThat(link.title()).isEqualTo("Sputnik_(news_agency)");
        assertThat(link.kbUrl()).isEqualTo("https://en.wikipedia.org/wiki/Sputnik_(news_agency)");
        assertThat(link.score()).isEqualTo(1.0);
        assertThat(link.type()).isEqualTo("ORGANIZATION");
        assertThat(link.subtype()).isEqualTo("NEWS_AGENCY");
        assertThat(link.origin()).isEqualTo(Link.Origin.CURATED_OVERRIDE);
        assertThat(linker.link("Kim Jong Un", "PERSON")).map(Link::title).contains("Kim_Jong_Un");
    }

    @Test
    void shouldFallBackToTheIndexWithoutType() {
        Link link = linker.link("North Korea", "COUNTRY").orElseThrow();
        assertThat(link.title()).isEqualTo("North_Korea");
        assertThat(link.score()).isEqualTo(0.92051);
        assertThat(link.type()).isNull();
        assertThat(link.subtype()).isNull();
        assertThat(link.origin()).isEqualTo(Link.Origin.INDEX);
    }

    @Test
    void shouldLinkNormalisedVariants() {
        assertThat(linker.link("Russia's", "COUNTRY")).map(Link::title).contains("Russia");
        assertThat(linker.link("UN-based", "ORGANIZATION")).map(Link::title).contains("United_Nations");
        assertThat(linker.link("Korean peninsula", "LOCATION")).map(Link::title).contains("Korean_Peninsula");
        assertThat(linker.link("Soyuz-2", "MISC")).map(Link::title).contains("Soyuz_2_rocket");
        assertThat(linker.link("Russian", "NATIONALITY")).map(Link::subtype).contains("NATIONALITY");
    }

    @Test
    void shouldNotLinkPronounsLowerCaseWordsOrNumbers() {
        for (String surface : List.of("he", "They", "it", "I", "us", "government", "2025", "3.5 %", "", " ")) {
            assertThat(linker.link(surface, "MISC")).as(surface).isEmpty();
        }
        assertThat(linker.link(null, null)).isEmpty();
    }

    @Test
    void shouldPassOverAnOverrideThatContradictsAPersonTag() {
        assertThat(linker.link("Chad", "COUNTRY")).map(Link::title).contains("Chad");
        assertThat(linker.link("Chad", "PERSON")).isEmpty();
        assertThat(linker.link("Kim Jong Un", "LOCATION")).map(Link::origin).contains(Link.Origin.INDEX);
    }

    @Test
    void shouldAskTheLiveLayerFirst() {
        Map<String, KbOverride> store = Map.of("Sputnik", new KbOverride("Sputnik", "Sputnik_1", "MISC", "PRODUCT"));
        LayeredLinker layered = new LayeredLinker(OverrideSource.ofExact(store::get), curated, index);
        Link link = layered.link("Sputnik's", null).orElseThrow();
        assertThat(link.title()).isEqualTo("Sputnik_1");
        assertThat(link.origin()).isEqualTo(Link.Origin.LIVE_OVERRIDE);
        assertThat(layered.link("DPRK", null)).map(Link::origin).contains(Link.Origin.CURATED_OVERRIDE);
    }

    @Test
    void shouldReportIndexAndOverridesVersion() {
        // CRC-32 of the fixture's five rows as "surface\ttitle\ttype\tsubtype\n" (a missing subtype
        // written "null"), sorted, as KbOverrides.fingerprint documents it; worked out outside the code
        // (Python: "%08x" % zlib.crc32(rows)).
        assertThat(linker.indexVersion()).isEqualTo(index.indexVersion() + "+overrides-a9dbd9ac");
        assertThat(index.indexVersion()).matches("wikidict-[0-9a-f]+-[0-9a-f]+-filtered-v1");
    }

    @Test
    void shouldGiveTheSameConfigurationTheSameFingerprintAndADifferentOneAnother() {
        KbOverride dprk = new KbOverride("DPRK", "North_Korea", "LOCATION", "COUNTRY");
        KbOverride chad = new KbOverride("Chad", "Chad", "LOCATION", "COUNTRY");
        String version = new LayeredLinker(KbOverrides.of(List.of(dprk, chad)), index).indexVersion();

        assertThat(new LayeredLinker(KbOverrides.of(List.of(chad, dprk)), index).indexVersion()).isEqualTo(version);
        assertThat(new LayeredLinker(KbOverrides.of(List.of(dprk)), index).indexVersion()).isNotEqualTo(version);
        assertThat(new LayeredLinker(KbOverrides.of(List.of(dprk, new KbOverride("Chad", "Chad", "ORGANIZATION", "COUNTRY"))),
                index).indexVersion()).isNotEqualTo(version);
        assertThat(new LayeredLinker(KbOverrides.of(List.of(dprk, chad)), EmptyKbIndex.INSTANCE).indexVersion())
                .isNotEqualTo(version);
        assertThat(linker.indexVersion()).isNotEqualTo(version);
    }

    @Test
    void shouldLinkUnknownSurfacesToNothing() {
        assertThat(linker.link("Im Chon Il", "PERSON")).isEmpty();
    }
}
