package dev.newswire.enrich.link;

import java.nio.charset.StandardCharsets;

/**
 * Builds English Wikipedia article URLs. In: a title with underscores ({@code Sputnik_(news_agency)}).
 * Out: {@code https://en.wikipedia.org/wiki/Sputnik_(news_agency)}, percent-encoding what
 * Wikipedia encodes (non-ASCII, {@code & + = ? # % "} and the like) and keeping underscores,
 * parentheses, commas, apostrophes, colons and slashes as Wikipedia's own links do.
 */
public final class WikipediaUrls {

    public static final String BASE = "https://en.wikipedia.org/wiki/";
    private static final String KEPT = "-._~!$'()*,;:@/";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private WikipediaUrls() {
    }

    public static String of(String title) {
        StringBuilder url = new StringBuilder(BASE.length() + title.length() + 8).append(BASE);
        for (byte b : title.replace(' ', '_').getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAsciiAlnum(c) || c == '_' || (c < 0x80 && KEPT.indexOf(c) >= 0)) {
                url.append((char) c);
            } else {
                url.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return url.toString();
    }

    private static boolean isAsciiAlnum(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
