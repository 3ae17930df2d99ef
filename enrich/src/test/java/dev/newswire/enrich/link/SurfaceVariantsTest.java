package dev.newswire.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SurfaceVariantsTest {

    @Test
    void shouldTryExactFormFirst() {
        assertThat(SurfaceVariants.of("Soyuz-2")).first().isEqualTo("Soyuz-2");
        assertThat(SurfaceVariants.of("Russia's")).first().isEqualTo("Russia's");
    }

    @Test
    void shouldNormaliseWhitespace() {
        assertThat(SurfaceVariants.of("  North\u00A0 Korea\n")).contains("North Korea");
    }

    @Test
    void shouldStripPossessives() {
        assertThat(SurfaceVariants.of("Russia's")).contains("Russia");
        assertThat(SurfaceVariants.of("Russia\u2019s")).contains("Russia");
        assertThat(SurfaceVariants.of("US'")).contains("US");
    }

    @Test
    void shouldStripLowerCaseHyphenSuffixOfOneWordOnly() {
        assertThat(SurfaceVariants.of("UN-based")).contains("UN");
        assertThat(SurfaceVariants.of("Soyuz-2")).doesNotContain("Soyuz");
        assertThat(SurfaceVariants.of("Kim Jong-un")).doesNotContain("Kim Jong");
        assertThat(SurfaceVariants.of("Al-Qaeda")).doesNotContain("Al");
    }

    @Test
    void shouldOfferCaseVariantsAfterTheOthers() {
        assertThat(SurfaceVariants.of("korean peninsula")).containsSubsequence("korean peninsula", "Korean Peninsula");
        assertThat(SurfaceVariants.of("Korean peninsula")).contains("Korean Peninsula");
        assertThat(SurfaceVariants.of("NORTH KOREA")).contains("North Korea");
        assertThat(SurfaceVariants.of("UN")).containsSubsequence("UN", "Un");
    }

    @Test
    void shouldReturnFirstHitInOrder() {
        Map<String, String> dict = Map.of("Russia", "Russia", "Russia's", "Russia_possessive");
        assertThat(SurfaceVariants.firstHit("Russia's", key -> Optional.ofNullable(dict.get(key))))
                .contains("Russia_possessive");
        assertThat(SurfaceVariants.firstHit("RUSSIA", key -> Optional.ofNullable(dict.get(key)))).contains("Russia");
        assertThat(SurfaceVariants.firstHit("Moscow", key -> Optional.ofNullable(dict.get(key)))).isEmpty();
    }

    @Test
    void shouldNeverOfferBlankKeys() {
        for (String blank : List.of("", "   ", " \n\t ")) {
            assertThat(SurfaceVariants.of(blank)).as("'%s'", blank).isEmpty();
        }
        // a possessive or hyphen alone strips to "", which must not be offered; the exact form still is
        assertThat(SurfaceVariants.of("'s")).containsExactly("'s");
        assertThat(SurfaceVariants.of(" 's")).containsExactly(" 's", "'s");
        assertThat(SurfaceVariants.of("-")).containsExactly("-");
        for (String surface : List.of("'s", " 's", "-", "Russia's", "  UN-based ", "NORTH KOREA")) {
            assertThat(SurfaceVariants.of(surface)).as(surface).noneMatch(String::isBlank);
        }
    }

    @Test
    void shouldOfferExactlyTheDocumentedVariantsInOrder() {
        assertThat(SurfaceVariants.of("Russia's")).containsExactly("Russia's", "Russia");
        assertThat(SurfaceVariants.of("  UN-based ")).containsExactly("  UN-based ", "UN-based", "UN", "UN-Based", "Un");
        assertThat(SurfaceVariants.of("NORTH KOREA")).containsExactly("North Korea", "NORTH KOREA");
    }

    @Test
    void shouldTryTheUsualCaseFirstForHeadlineCapitalsButNotForAcronyms() {
        assertThat(SurfaceVariants.of("CHICAGO")).containsExactly("Chicago", "CHICAGO");
        assertThat(SurfaceVariants.of("NEW YORK'S")).containsExactly("New York's", "New York", "NEW YORK'S");
        assertThat(SurfaceVariants.of("NATO")).containsExactly("Nato", "NATO");
        assertThat(SurfaceVariants.of("WHO")).containsExactly("WHO", "Who");
        assertThat(SurfaceVariants.of("Chicago")).first().isEqualTo("Chicago");

        Map<String, String> dict = Map.of("CHICAGO", "Chicago_(band)", "Chicago", "Chicago", "WHO", "World_Health_Organization",
                "Who", "The_Who");
        assertThat(SurfaceVariants.firstHit("CHICAGO", key -> Optional.ofNullable(dict.get(key)))).contains("Chicago");
        assertThat(SurfaceVariants.firstHit("WHO", key -> Optional.ofNullable(dict.get(key))))
                .contains("World_Health_Organization");
    }
}
