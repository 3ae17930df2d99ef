package dev.newswire.enrich.related;

import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.EnrichmentInfo;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.EntityType;
import dev.newswire.schemas.TopicKind;
import dev.newswire.schemas.TopicLink;
import dev.newswire.schemas.serde.AvroTrust;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Enriched articles for related-links tests, built directly: entities with salience and links, no NER. */
final class Wire {

  static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");

  static final Ent US = new Ent("United_States", "United States", EntityType.LOCATION);
  static final Ent PUTIN = new Ent("Vladimir_Putin", "Vladimir Putin", EntityType.PERSON);
  static final Ent KIM = new Ent("Kim_Jong_Un", "Kim Jong Un", EntityType.PERSON);
  static final Ent VOSTOCHNY = new Ent("Vostochny_Cosmodrome", "Vostochny Cosmodrome", EntityType.LOCATION);
  static final Ent FED = new Ent("Federal_Reserve", "Federal Reserve", EntityType.ORGANIZATION);
  static final Ent POWELL = new Ent("Jerome_Powell", "Jerome Powell", EntityType.PERSON);
  static final Ent WALL_STREET = new Ent("Wall_Street", "Wall Street", EntityType.LOCATION);
  static final Ent ALBERTA = new Ent("Alberta", "Alberta", EntityType.LOCATION);
  static final Ent TRUDEAU = new Ent("Justin_Trudeau", "Justin Trudeau", EntityType.PERSON);
  static final Ent MESSI = new Ent("Lionel_Messi", "Lionel Messi", EntityType.PERSON);
  static final Ent INTER_MIAMI = new Ent("Inter_Miami_CF", "Inter Miami", EntityType.ORGANIZATION);
  static final Ent MLS = new Ent("Major_League_Soccer", "Major League Soccer", EntityType.ORGANIZATION);

  private Wire() {}

  /** A linked entity: the id is {@code w-<kbId>}. */
  record Ent(String kbId, String name, EntityType type) {
    String id() {
      return "w-" + kbId;
    }

    Salient at(double salience) {
      return new Salient(this, salience);
    }
  }

  record Salient(Ent entity, double salience) {}

  /**
   * The related-links settings for these fixtures, whose bodies are words unique to each article:
   * the entity overlap alone (text weight 0), a story joined at the old related threshold (0.2), the
   * 7-day window the window tests were written for, no sequencing delay (each article is linked as it
   * comes, so a test reads its output at once), and {@code extra} (property, value, ...) on top.
   */
  static RelatedConfig entitiesOnly(String... extra) {
    Map<String, String> properties = new java.util.HashMap<>(Map.of(RelatedConfig.TEXT_WEIGHT_PROPERTY, "0",
        RelatedConfig.STORY_MIN_SCORE_PROPERTY, "0.2", RelatedConfig.WINDOW_DAYS_PROPERTY, "7",
        RelatedConfig.SEQUENCE_QUIET_PROPERTY, "0"));
    for (int i = 0; i + 1 < extra.length; i += 2) {
      properties.put(extra[i], extra[i + 1]);
    }
    return RelatedConfig.from(properties);
  }

  /** An article published {@code hours} after {@link #T0} with a body of words unique to it. */
  static EnrichedArticle article(String id, double hours, Salient... entities) {
    return article(id, T0.plusSeconds(Math.round(hours * 3600)), uniqueBody(id), entities);
  }

  static EnrichedArticle article(String id, Instant published, String body, Salient... entities) {
    AvroTrust.ensureInstalled();
    List<Entity> list = new ArrayList<>();
    List<TopicLink> topics = new ArrayList<>();
    for (Salient s : entities) {
      Ent e = s.entity();
      list.add(Entity.newBuilder().setId(e.id()).setName(e.name()).setType(e.type()).setKbId(e.kbId())
          .setKbUrl("https://en.wikipedia.org/wiki/" + e.kbId()).setSalience(s.salience()).build());
      if (s.salience() >= 0.4) { // as ArticleEnricher does
        topics.add(TopicLink.newBuilder().setLabel(e.name()).setEntityId(e.id()).setKbId(e.kbId())
            .setKbUrl("https://en.wikipedia.org/wiki/" + e.kbId()).setScore(s.salience()).setKind(TopicKind.ENTITY)
            .build());
      }
    }
    return EnrichedArticle.newBuilder()
        .setId(id)
        .setUrl("https://example.org/" + id)
        .setHeadline("Headline of " + id)
        .setBody(body)
        .setPublishedAt(published)
        .setIngestedAt(published.plusSeconds(60))
        .setContentHash("00".repeat(32))
        .setEntities(list)
        .setTopics(topics)
        .setRelated(List.of())
        .setEnrichment(EnrichmentInfo.newBuilder().setPipelineVersion("test").setModels(List.of())
            .setEnrichedAt(published.plusSeconds(61)).setProcessingMillis(1).build())
        .build();
  }

  /** Forty words no other article has. */
  static String uniqueBody(String id) {
    return IntStream.range(0, 40).mapToObj(i -> id + "x" + i).collect(Collectors.joining(" ")) + ".";
  }

  /** The four stories of {@code RelatedLinksStepTest}, interleaved an hour apart, plus a re-post and a late article. */
  static List<EnrichedArticle> stories() {
    return List.of(
        article("s1-1", 0, PUTIN.at(1.0), KIM.at(0.8), VOSTOCHNY.at(0.5), US.at(0.4)),
        article("s2-1", 1, FED.at(1.0), POWELL.at(0.8), US.at(0.6), WALL_STREET.at(0.35)),
        article("s3-1", 2, ALBERTA.at(1.0), TRUDEAU.at(0.7), US.at(0.45)),
        article("s4-1", 3, MESSI.at(1.0), INTER_MIAMI.at(0.8), MLS.at(0.5)),
        article("s1-2", 4, KIM.at(1.0), PUTIN.at(0.9), VOSTOCHNY.at(0.45)),
        article("s2-2", 5, POWELL.at(1.0), FED.at(0.9), WALL_STREET.at(0.5), US.at(0.3)),
        article("s3-2", 6, TRUDEAU.at(1.0), ALBERTA.at(0.8), US.at(0.5)),
        article("s4-2", 7, INTER_MIAMI.at(1.0), MESSI.at(0.9), US.at(0.3)),
        article("s1-3", 8, KIM.at(1.0), PUTIN.at(0.7), US.at(0.5), VOSTOCHNY.at(0.4)),
        article("s2-3", 9, FED.at(1.0), US.at(0.7), POWELL.at(0.6)),
        article("s3-3", 10, ALBERTA.at(1.0), TRUDEAU.at(0.9)),
        article("s4-3", 11, MESSI.at(1.0), MLS.at(0.6), INTER_MIAMI.at(0.5)),
        article("s1-4", 12, KIM.at(1.0), PUTIN.at(0.6)),
        // a syndicated copy of s1-2: same body and entities, another id, later
        article("s1-5", T0.plusSeconds(13 * 3600), uniqueBody("s1-2"), KIM.at(1.0), PUTIN.at(0.9), VOSTOCHNY.at(0.45)),
        article("s2-4", 14, FED.at(1.0), POWELL.at(0.8)));
  }
}
