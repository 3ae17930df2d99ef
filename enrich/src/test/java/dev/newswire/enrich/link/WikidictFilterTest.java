package dev.newswire.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WikidictFilterTest {

    @Test
    void shouldKeepNamesAndAcronyms() {
        assertThat(WikidictFilter.keep("North Korea", 0.92)).isTrue();
        assertThat(WikidictFilter.keep("Soyuz-2", 0.97)).isTrue();
        assertThat(WikidictFilter.keep("1984", 0.6)).isTrue();
        assertThat(WikidictFilter.keep("iPhone", 0.9)).isTrue();
    }

    @Test
    void shouldDropSurfacesWithoutCapitalOrDigit() {
        assertThat(WikidictFilter.keep("hipster doofus", 1.0)).isFalse();
    }

    @Test
    void shouldDropPageFurniture() {
        for (String surface : new String[] {"Wikipedia: X", "A (B)", "A|B", "A [1]", "A#B", "X)"}) {
            assertThat(WikidictFilter.keep(surface, 1.0)).as(surface).isFalse();
        }
    }

    @Test
    void shouldDropLongSurfaces() {
        assertThat(WikidictFilter.keep("One Two Three Four Five Six", 1.0)).isTrue();
        assertThat(WikidictFilter.keep("One Two Three Four Five Six Seven", 1.0)).isFalse();
        assertThat(WikidictFilter.keep("A".repeat(50), 1.0)).isTrue();
        assertThat(WikidictFilter.keep("A".repeat(51), 1.0)).isFalse();
    }

    @Test
    void shouldDropLowScores() {
        assertThat(WikidictFilter.keep("Weak", 0.5)).isTrue();
        assertThat(WikidictFilter.keep("Weak", 0.49)).isFalse();
    }

    @Test
    void shouldParseOnlyWellFormedRows() {
        assertThat(WikidictRow.parse("US\tUnited_States\t0.72054"))
                .contains(new WikidictRow("US", "United_States", 0.72054));
        assertThat(WikidictRow.parse("no tabs")).isEmpty();
        assertThat(WikidictRow.parse("A\tB\tnot-a-number")).isEmpty();
        assertThat(WikidictRow.parse("A\tB\t1.0\textra")).isEmpty();
        assertThat(WikidictRow.parse("\tB\t1.0")).isEmpty();
    }
}
