package dev.newswire.enrich.link;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a surface is worth looking up. In: a surface. Out: false for blanks, pronouns
 * ("he", "They"; "US" is not "us"), single words without a capital letter, numbers and
 * punctuation, and text too long to be a name.
 */
final class LinkableSurface {

    static final int MAX_CHARS = 100;
    private static final Pattern NUMBER_OR_PUNCT = Pattern.compile("[\\p{N}\\p{P}\\p{S}\\s]+");
    private static final Set<String> PRONOUNS = Set.of(
            "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "yourselves",
            "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
            "we", "us", "our", "ours", "ourselves", "they", "them", "their", "theirs", "themselves",
            "who", "whom", "whose", "which", "what", "this", "that", "these", "those");

    private LinkableSurface() {
    }

    static boolean test(String surface) {
        if (surface == null) {
            return false;
        }
        String text = surface.strip();
        if (text.isEmpty() || text.length() > MAX_CHARS || NUMBER_OR_PUNCT.matcher(text).matches()) {
            return false;
        }
        return !isPronoun(text) && !isLowerCaseWord(text);
    }

    private static boolean isPronoun(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!PRONOUNS.contains(lower)) {
            return false;
        }
        String capitalised = lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
        return text.equals(lower) || text.equals(capitalised);
    }

    private static boolean isLowerCaseWord(String text) {
        return text.codePoints().noneMatch(Character::isWhitespace)
                && text.codePoints().noneMatch(cp -> Character.isUpperCase(cp) || Character.isTitleCase(cp));
    }
}
