package dev.newswire.enrich.entity;

import dev.newswire.enrich.ner.ArticleText;
import dev.newswire.enrich.ner.RawMention;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.Mention;
import dev.newswire.schemas.serde.AvroTrust;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns the selected mentions of one article into {@link Entity} records: grouped
 * ({@link MentionGrouper}), named by their longest form, given a stable id ({@link EntityIds}) and a
 * salience ({@link Salience}), highest salience first, ties by name. Not linked yet: kbId and kbUrl
 * stay null.
 */
public final class EntityExtractor {

  private EntityExtractor() {}

  public static List<Entity> extract(List<RawMention> mentions, ArticleText text) {
    AvroTrust.ensureInstalled(); // the generated builders load our classes through Avro's class check
    List<MentionGroup> groups = MentionGrouper.group(mentions);
    int maxMentions = groups.stream().mapToInt(g -> g.mentions().size()).max().orElse(1);
    List<Entity> entities = new ArrayList<>(groups.size());
    for (MentionGroup group : groups) {
      entities.add(toEntity(group, Salience.of(group, maxMentions, text)));
    }
    entities.sort(Comparator.comparingDouble(Entity::getSalience).reversed()
        .thenComparing(e -> e.getName().toLowerCase(Locale.ROOT))
        .thenComparing(Entity::getName)
        .thenComparing(e -> e.getType().name()));
    return entities;
  }

  private static Entity toEntity(MentionGroup group, double salience) {
    String name = group.canonicalName();
    List<Mention> mentions = new ArrayList<>(group.mentions().size());
    for (RawMention raw : group.mentions()) {
      mentions.add(new Mention(raw.field(), raw.start(), raw.end(), raw.text()));
    }
    return Entity.newBuilder()
        .setId(EntityIds.of(group.kind().type(), name))
        .setName(name)
        .setType(group.kind().type())
        .setSubtype(group.kind().subtype())
        .setKbId(null)
        .setKbUrl(null)
        .setSalience(salience)
        .setMentions(mentions)
        .build();
  }
}
