package dev.newswire.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WikipediaUrlsTest {

    @Test
    void shouldKeepUnderscoresAndParentheses() {
        assertThat(WikipediaUrls.of("Sputnik_(news_agency)"))
                .isEqualTo("https://en.wikipedia.org/wiki/Sputnik_(news_agency)");
        assertThat(WikipediaUrls.of("North_Korea")).isEqualTo("https://en.wikipedia.org/wiki/North_Korea");
    }

    @Test
    void shouldKeepWhatWikipediaKeeps() {
        assertThat(WikipediaUrls.of("Washington,_D.C.")).isEqualTo("https://en.wikipedia.org/wiki/Washington,_D.C.");
        assertThat(WikipediaUrls.of("Workers'_Party_of_Korea"))
                .isEqualTo("https://en.wikipedia.org/wiki/Workers'_Party_of_Korea");
        assertThat(WikipediaUrls.of("AC/DC")).isEqualTo("https://en.wikipedia.org/wiki/AC/DC");
    }

    @Test
    void shouldPercentEncodeTheRest() {
        assertThat(WikipediaUrls.of("AT&T")).isEqualTo("https://en.wikipedia.org/wiki/AT%26T");
        assertThat(WikipediaUrls.of("São_Paulo")).isEqualTo("https://en.wikipedia.org/wiki/S%C3%A3o_Paulo");
        assertThat(WikipediaUrls.of("What?")).isEqualTo("https://en.wikipedia.org/wiki/What%3F");
        assertThat(WikipediaUrls.of("C++")).isEqualTo("https://en.wikipedia.org/wiki/C%2B%2B");
    }

    @Test
    void shouldTurnSpacesIntoUnderscores() {
        assertThat(WikipediaUrls.of("North Korea")).isEqualTo("https://en.wikipedia.org/wiki/North_Korea");
    }
}
