package dev.newswire.enrich.link;

import java.util.Locale;
import java.util.Map;

/**
 * Maps CoreNLP NER tags to the coarse entity types and says when an override's type contradicts
 * the tagger. In: a tag (PERSON, CITY, COUNTRY, ORGANIZATION, NATIONALITY, ...). Out: PERSON,
 * ORGANIZATION, LOCATION, or null when the tag says nothing useful. Only a person-versus-non-person
 * clash counts ("Chad" tagged PERSON is not the country); organisations and places are often
 * tagged one for the other ("Russia said ...").
 */
final class NerTypes {

    private static final Map<String, String> COARSE = Map.of(
            "PERSON", "PERSON",
            "ORGANIZATION", "ORGANIZATION",
            "LOCATION", "LOCATION",
            "CITY", "LOCATION",
            "COUNTRY", "LOCATION",
            "STATE_OR_PROVINCE", "LOCATION");

    private NerTypes() {
    }

    static String coarse(String nerType) {
        return nerType == null ? null : COARSE.get(nerType.strip().toUpperCase(Locale.ROOT));
    }

    /** False when exactly one of the tagger's and the override's type is PERSON. */
    static boolean compatible(String nerType, KbOverride override) {
        String tagged = coarse(nerType);
        if (tagged == null) {
            return true;
        }
        return "PERSON".equals(tagged) == "PERSON".equals(override.type());
    }
}
