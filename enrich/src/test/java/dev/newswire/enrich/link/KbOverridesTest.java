package dev.newswire.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KbOverridesTest {

    private static KbOverrides parse(String tsv) throws IOException {
        return KbOverrides.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }

    @Test
    void shouldParseRowsSkippingCommentsAndHeader() throws IOException {
        KbOverrides overrides = parse("# comment\nsurface\ttitle\ttype\tsubtype\n\nDPRK\tNorth_Korea\tLOCATION\tCOUNTRY\n"
                + "Reuters\tReuters\tORGANIZATION\n");
        assertThat(overrides.size()).isEqualTo(2);
        assertThat(overrides.exact("DPRK")).contains(new KbOverride("DPRK", "North_Korea", "LOCATION", "COUNTRY"));
        assertThat(overrides.exact("Reuters")).map(KbOverride::subtype).isEqualTo(Optional.empty());
    }

    @Test
    void shouldFindNormalisedVariants() throws IOException {
        KbOverrides overrides = parse("Russia\tRussia\tLOCATION\tCOUNTRY\nUN\tUnited_Nations\tORGANIZATION\t\n");
        assertThat(overrides.find("Russia's")).map(KbOverride::title).contains("Russia");
        assertThat(overrides.find("UN-backed")).map(KbOverride::title).contains("United_Nations");
        assertThat(overrides.find("RUSSIA")).map(KbOverride::title).contains("Russia");
        assertThat(overrides.find("Moscow")).isEmpty();
    }

    @Test
    void shouldRejectMalformedRowsWithTheirLine() {
        assertThatThrownBy(() -> parse("A\tB\n")).hasMessageContaining("test.tsv:1");
        assertThatThrownBy(() -> parse("A\tB\tPLACE\t\n")).hasMessageContaining("unknown type");
        assertThatThrownBy(() -> parse("A\tB C\tMISC\t\n")).hasMessageContaining("bad override");
        assertThatThrownBy(() -> parse("A\tB\tMISC\t\nA\tC\tMISC\t\n")).hasMessageContaining("test.tsv:2: repeated");
    }

    @Test
    void shouldLetALaterLayerWinWhenMerged() throws IOException {
        KbOverrides base = parse("Sputnik\tSputnik_(news_agency)\tORGANIZATION\tNEWS_AGENCY\nTASS\tTASS\tORGANIZATION\t\n");
        KbOverrides layer = KbOverrides.of(List.of(new KbOverride("Sputnik", "Sputnik_1", "MISC", "PRODUCT")));
        KbOverrides merged = base.merge(layer);
        assertThat(merged.find("Sputnik")).map(KbOverride::title).contains("Sputnik_1");
        assertThat(merged.find("TASS")).isPresent();
        assertThat(base.find("Sputnik")).map(KbOverride::title).contains("Sputnik_(news_agency)");
        assertThat(merged.fingerprint()).isNotEqualTo(base.fingerprint()).hasSize(8);
    }

    @Test
    void shouldShipCountriesNationalitiesCapitalsAgenciesAndOrganisations() {
        KbOverrides curated = KbOverrides.curated();
        assertThat(curated.size()).isGreaterThan(1000);
        assertThat(curated.find("DPRK")).map(KbOverride::title).contains("North_Korea");
        assertThat(curated.find("Democratic People's Republic of Korea")).map(KbOverride::title).contains("North_Korea");
        assertThat(curated.find("ROK")).map(KbOverride::title).contains("South_Korea");
        assertThat(curated.find("U.S.")).map(KbOverride::title).contains("United_States");
        assertThat(curated.find("Britain")).map(KbOverride::title).contains("United_Kingdom");
        assertThat(curated.find("Russian Federation")).map(KbOverride::title).contains("Russia");
        assertThat(curated.find("North Korean")).contains(
                new KbOverride("North Korean", "North_Korea", "MISC", "NATIONALITY"));
        assertThat(curated.find("Pyongyang")).contains(new KbOverride("Pyongyang", "Pyongyang", "LOCATION", "CITY"));
        assertThat(curated.find("Sputnik")).contains(
                new KbOverride("Sputnik", "Sputnik_(news_agency)", "ORGANIZATION", "NEWS_AGENCY"));
        assertThat(curated.find("IAEA")).map(KbOverride::subtype).contains("INTERNATIONAL_ORGANIZATION");
    }

    @Test
    void shouldLinkACapitalToItselfAndLeaveOtherCitiesToTheDictionary() {
        KbOverrides curated = KbOverrides.curated();
        // Yamoussoukro and Sri Jayawardenepura Kotte are the capitals; Abidjan and Colombo are other cities
        assertThat(curated.find("Yamoussoukro")).map(KbOverride::title).contains("Yamoussoukro");
        assertThat(curated.find("Sri Jayawardenepura Kotte")).map(KbOverride::title)
                .contains("Sri_Jayawardenepura_Kotte");
        assertThat(curated.find("Abidjan")).isEmpty();
        assertThat(curated.find("Colombo")).isEmpty();
        assertThat(curated.find("Chicago")).isEmpty();
    }

    @Test
    void shouldKeepCuratedTitlesWellFormed() {
        assertThat(KbOverrides.curated().asMap().values())
                .allSatisfy(o -> assertThat(o.title()).doesNotContain(" ").doesNotStartWith("_").doesNotEndWith("_"));
    }
}
