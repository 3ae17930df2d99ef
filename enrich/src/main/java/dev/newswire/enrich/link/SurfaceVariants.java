package dev.newswire.enrich.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns a surface form into the ordered list of keys to try in a case-sensitive dictionary:
 * exact; whitespace-normalised; possessive stripped ("Russia's" to "Russia", "US'" to "US");
 * a lower-case hyphen suffix stripped from a one-word form ("UN-based" to "UN"); then case
 * variants of those (words capitalised, and Title Case for ALL CAPS or lower-case input).
 * A surface in capitals with a word of {@value #MIN_CAPS_WORD} letters or more (a headline or a
 * dateline rather than an acronym) tries its Title Case variants first: in capitals case says
 * nothing, and the dictionary's anchors written in capitals are mostly logos and names of bands
 * ("CHICAGO" links the band, "VANCOUVER" the 2010 Olympics, "Vancouver" the city). Shorter words
 * in capitals are acronyms ("US", "WHO") and keep their exact form first.
 * Stateless; used by every lookup layer so that they all agree.
 */
public final class SurfaceVariants {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['\\u2019]s|(?<=[sS])['\\u2019])$");
    private static final Pattern HYPHEN_SUFFIX = Pattern.compile("^(\\S+?)[-\\u2010\\u2011](\\p{Ll}{2,})$");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-\\u2010\\u2011]+");
    /** The shortest word that makes a surface in capitals a headline's rather than an acronym. */
    static final int MIN_CAPS_WORD = 4;

    private SurfaceVariants() {
    }

    /** The keys to try for {@code surface}, best first, without duplicates or blanks. */
    public static List<String> of(String surface) {
        Set<String> keys = new LinkedHashSet<>();
        String spaced = WHITESPACE.matcher(surface).replaceAll(" ").strip();
        if (isHeadlineCaps(spaced)) {
            keys.addAll(variants(titleCase(spaced)));
        }
        keys.addAll(variants(surface));
        List<String> result = new ArrayList<>(keys.size());
        for (String key : keys) {
            if (!key.isBlank()) {
                result.add(key);
            }
        }
        return result;
    }

    private static Set<String> variants(String surface) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(surface);
        String spaced = WHITESPACE.matcher(surface).replaceAll(" ").strip();
        keys.add(spaced);
        String unpossessed = POSSESSIVE.matcher(spaced).replaceFirst("");
        keys.add(unpossessed);
        var hyphen = HYPHEN_SUFFIX.matcher(unpossessed);
        String unsuffixed = hyphen.matches() ? hyphen.group(1) : unpossessed;
        keys.add(unsuffixed);
        for (String base : List.of(spaced, unpossessed, unsuffixed)) {
            keys.add(capitaliseWords(base));
            if (isAllCaps(base) || base.equals(base.toLowerCase(Locale.ROOT))) {
                keys.add(titleCase(base));
            }
        }
        return keys;
    }

    /** The first hit of {@code exact} over {@link #of(String)}. */
    public static <T> Optional<T> firstHit(String surface, Function<String, Optional<T>> exact) {
        for (String key : of(surface)) {
            Optional<T> hit = exact.apply(key);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    static String capitaliseWords(String text) {
        return mapWords(text, false);
    }

    static String titleCase(String text) {
        return mapWords(text, true);
    }

    private static String mapWords(String text, boolean lowerRest) {
        StringBuilder out = new StringBuilder(text.length());
        boolean wordStart = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (wordStart && Character.isLetter(cp)) {
                out.appendCodePoint(Character.toTitleCase(cp));
            } else if (lowerRest) {
                out.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
            } else {
                out.appendCodePoint(cp);
            }
            wordStart = Character.isWhitespace(cp) || cp == '-';
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isHeadlineCaps(String text) {
        if (!isAllCaps(text)) {
            return false;
        }
        for (String word : WORD_BREAK.split(text)) {
            if (word.codePoints().filter(Character::isLetter).count() >= MIN_CAPS_WORD) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAllCaps(String text) {
        return text.chars().anyMatch(Character::isLetter)
                && text.equals(text.toUpperCase(Locale.ROOT))
                && text.codePoints().filter(Character::isLetter).count() > 1;
    }
}
