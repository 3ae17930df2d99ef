package dev.newswire.enrich.entity;

import dev.newswire.schemas.EntityType;
import java.util.Locale;
import java.util.Set;

/**
 * Infers a subtype from the head word of a Wikipedia title when the index (which has no types)
 * answered: "Soyuz_2_rocket" is a PRODUCT, "Vostochny_Cosmodrome" a FACILITY, "Cold_War" an EVENT,
 * "Sputnik_(news_agency)" a NEWS_AGENCY. In: the NER kind and the title. Out: the refined kind, or the
 * NER kind when the title says nothing. PERSON kinds are never changed.
 */
public final class TitleKinds {

  private static final Set<String> PRODUCTS = Set.of(
      "rocket", "missile", "aircraft", "spacecraft", "helicopter", "satellite", "vehicle", "drone", "tank",
      "submarine", "fighter", "bomber", "warship", "smartphone");
  private static final Set<String> FACILITIES = Set.of(
      "cosmodrome", "spaceport", "airport", "airbase", "base", "plant", "stadium", "bridge", "dam", "embassy",
      "prison", "refinery", "port", "station");
  private static final Set<String> EVENTS = Set.of(
      "war", "revolution", "invasion", "olympics", "election", "elections", "summit", "pandemic", "uprising",
      "massacre", "genocide", "crisis");
  private static final Set<String> REGIONS = Set.of(
      "peninsula", "sea", "ocean", "river", "strait", "gulf", "bay", "mountains", "desert", "island", "islands",
      "oblast", "province", "krai", "region", "valley");

  private TitleKinds() {}

  public static EntityKind refine(EntityKind kind, String title) {
    if (kind.type() == EntityType.PERSON) {
      return kind;
    }
    String lower = title.toLowerCase(Locale.ROOT).replace('_', ' ');
    if (lower.contains("news agency")) {
      return new EntityKind(EntityType.ORGANIZATION, "NEWS_AGENCY");
    }
    String head = headWord(lower);
    if (PRODUCTS.contains(head)) {
      return new EntityKind(EntityType.MISC, "PRODUCT");
    }
    if (FACILITIES.contains(head)) {
      return new EntityKind(EntityType.LOCATION, "FACILITY");
    }
    if (EVENTS.contains(head) && kind.type() == EntityType.MISC) {
      return new EntityKind(EntityType.MISC, "EVENT");
    }
    if (REGIONS.contains(head) && kind.type() != EntityType.ORGANIZATION) {
      return new EntityKind(EntityType.LOCATION, "REGION");
    }
    return kind;
  }

  /** The last word of the title, or of its parenthetical when it has one ("Soyuz (rocket)": rocket). */
  static String headWord(String lowerTitle) {
    String text = lowerTitle.strip();
    if (text.endsWith(")") && text.contains("(")) {
      text = text.substring(text.lastIndexOf('(') + 1, text.length() - 1);
    }
    String[] words = text.split("[\\s,]+");
    return words.length == 0 ? "" : words[words.length - 1];
  }
}
