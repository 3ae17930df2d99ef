package dev.newswire.enrich.entity;

import dev.newswire.enrich.link.Link;
import dev.newswire.enrich.ner.ArticleText;
import dev.newswire.enrich.ner.KnownNames;
import dev.newswire.enrich.ner.RawMention;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.Mention;
import dev.newswire.schemas.serde.AvroTrust;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the selected mentions of one article into {@link Entity} records. In: mentions in reading
 * order, the article text and what the knowledge base knows ({@link KnownNames}). Steps: each mention's
 * kind from its link ({@link LinkPolicy}, {@link MentionKinds}); grouping with type consistency and
 * partial person names ({@link MentionGrouper}); group links ({@link GroupLinker}); aliases of one
 * title merged ({@link KbAliasMerger}); misspellings merged ({@link MisspellingMerger}); a name
 * ({@link EntityNamer}), a stable id ({@link EntityIds}) and a salience ({@link Salience}). Out:
 * entities, highest salience first, ties by name.
 */
public final class EntityExtractor {

  private EntityExtractor() {}

  /** Entities without knowledge-base links. */
  public static List<Entity> extract(List<RawMention> mentions, ArticleText text) {
    return extract(mentions, text, KnownNames.none());
  }

  public static List<Entity> extract(List<RawMention> mentions, ArticleText text, KnownNames names) {
    return extract(mentions, text, names, LinkRanker.none());
  }

  /** Entities whose links {@code ranker} chooses among candidates ({@link GroupLinker}). */
  public static List<Entity> extract(List<RawMention> mentions, ArticleText text, KnownNames names,
      LinkRanker ranker) {
    AvroTrust.ensureInstalled(); // the generated builders load our classes through Avro's class check
    Comparator<RawMention> order = MentionGrouper.readingOrder(mentions);
    List<MentionGroup> groups = groups(mentions, names);
    groups = KbAliasMerger.merge(GroupLinker.link(groups, names, ranker, LinkContext.of(text)), order);
    groups = MisspellingMerger.merge(groups, order);
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

  /** The article's mention groups before linking, each typed by its mentions' own links. */
  public static List<MentionGroup> groups(List<RawMention> mentions, KnownNames names) {
    Map<RawMention, Link> links = new IdentityHashMap<>();
    for (RawMention mention : mentions) {
      LinkPolicy.linkFor(mention, names).ifPresent(link -> links.put(mention, link));
    }
    return MentionGrouper.group(mentions, m -> MentionKinds.of(m, links.get(m)));
  }

  private static Entity toEntity(MentionGroup group, double salience) {
    String name = EntityNamer.nameOf(group);
    List<Mention> mentions = new ArrayList<>(group.mentions().size());
    for (RawMention raw : group.mentions()) {
      mentions.add(new Mention(raw.field(), raw.start(), raw.end(), raw.text()));
    }
    Link link = group.link();
    return Entity.newBuilder()
        .setId(link == null ? EntityIds.of(group.kind().type(), name) : EntityIds.ofKb(link.title(), group.isNationality()))
        .setName(name)
        .setType(group.kind().type())
        .setSubtype(group.kind().subtype())
        .setKbId(link == null ? null : link.title())
        .setKbUrl(link == null ? null : link.kbUrl())
        .setSalience(salience)
        .setMentions(mentions)
        .build();
  }
}
