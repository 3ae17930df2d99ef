package dev.newswire.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds (about a minute, once) or reuses the index of CoreNLP's real dictionary in the cache
 * named by {@code -Dnewswire.kb.cache}, else the default cache, and checks news-relevant links.
 * Needs the models-english-kbp jar on the test classpath; skipped without it.
 */
class CoreNlpKbIndexIT {

    static RocksKbIndex index;
    static LayeredLinker linker;

    @BeforeAll
    static void open() {
        assumeTrue(CoreNlpKbIndexIT.class.getClassLoader().getResource(WikidictSource.CORENLP_RESOURCE) != null,
                "models-english-kbp jar not on the classpath");
        String root = System.getProperty("newswire.kb.cache");
        KbIndexCache cache = new KbIndexCache(root == null ? KbIndexCache.defaultRoot() : Path.of(root),
                Clock.systemUTC());
        index = cache.openCoreNlp();
        linker = new LayeredLinker(KbOverrides.curated(), index);
    }

    @AfterAll
    static void close() {
        if (index != null) {
            index.close();
        }
    }

    private static String indexTitle(String surface) {
        return index.lookup(surface).map(KbEntry::title).orElse(null);
    }

    private static String linkedTitle(String surface, String nerType) {
        return linker.link(surface, nerType).map(Link::title).orElse(null);
    }

    @Test
    void shouldFindNewsEntitiesInTheDictionary() {
        assertThat(indexTitle("North Korea")).isEqualTo("North_Korea");
        assertThat(indexTitle("NATO")).isEqualTo("NATO");
        assertThat(indexTitle("Japan")).isEqualTo("Japan");
        assertThat(indexTitle("South Korea")).isEqualTo("South_Korea");
        assertThat(indexTitle("Vladimir Putin")).isEqualTo("Vladimir_Putin");
        assertThat(indexTitle("Vostochny Cosmodrome")).isEqualTo("Vostochny_Cosmodrome");
        assertThat(indexTitle("Soyuz-2")).isEqualTo("Soyuz_2_rocket");
        assertThat(indexTitle("Korean peninsula")).isEqualTo("Korean_Peninsula");
        assertThat(indexTitle("Korean Peninsula")).isEqualTo("Korean_Peninsula");
        assertThat(indexTitle("United Nations")).isEqualTo("United_Nations");
    }

    @Test
    void shouldShowWhyOverridesAreNeeded() {
        assertThat(indexTitle("Sputnik")).isEqualTo("Sputnik_program");
        assertThat(indexTitle("Macedonia")).isEqualTo("Republic_of_Macedonia");
        assertThat(indexTitle("Georgia")).isEqualTo("Georgia_(U.S._state)");
    }

    @Test
    void shouldLinkThroughOverrides() {
        assertThat(linkedTitle("DPRK", "COUNTRY")).isEqualTo("North_Korea");
        assertThat(linkedTitle("Sputnik", "ORGANIZATION")).isEqualTo("Sputnik_(news_agency)");
        assertThat(linkedTitle("US", "COUNTRY")).isEqualTo("United_States");
        assertThat(linkedTitle("Russian Federation", "COUNTRY")).isEqualTo("Russia");
        assertThat(linkedTitle("Republic of Georgia", "LOCATION")).isEqualTo("Georgia_(country)");
        assertThat(linkedTitle("Macedonia", "LOCATION")).isEqualTo("North_Macedonia");
        assertThat(linkedTitle("Chinese", "MISC")).isEqualTo("China");
    }

    /**
     * Names outside the table's categories are the dictionary's, under its (2014) titles: a page renamed since comes
     * under an older title ("Sergey_Shoigu"; Kim Jong Un's page under "Kim_Jong-woon", its title in 2010, whose
     * anchors include "Kim Jong-un", "the heir apparent" and the page's later URL).
     */
    @Test
    void shouldLinkPeopleAndPlacesOutsideTheTableThroughTheDictionary() {
        assertThat(linkedTitle("Kim Jong Un", "PERSON")).isEqualTo("Kim_Jong-woon");
        assertThat(linkedTitle("Sergei Shoigu", "PERSON")).isEqualTo("Sergey_Shoigu");
        assertThat(linkedTitle("Vostochny Cosmodrome", "LOCATION")).isEqualTo("Vostochny_Cosmodrome");
        assertThat(linkedTitle("Abidjan", "LOCATION")).isEqualTo("Abidjan");
    }

    @Test
    void shouldNotLinkNamesTheDictionaryLacks() {
        assertThat(index.lookup("Im Chon Il")).isEmpty();
        assertThat(linker.link("Im Chon Il", "PERSON")).isEmpty();
    }

    @Test
    void shouldNameTheIndexVersion() {
        assertThat(index.indexVersion()).isEqualTo("wikidict-43a3a56e-filtered-v1");
    }
}
