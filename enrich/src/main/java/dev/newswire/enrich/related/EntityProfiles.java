package dev.newswire.enrich.related;

import dev.newswire.enrich.related.Postings.Posting;
import dev.newswire.schemas.CooccurringEntity;
import dev.newswire.schemas.EntityProfile;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The {@link EntityProfile} of an entity as the window has it now: article count, last seen, the
 * strongest co-occurring entities by {@link Npmi} (seen together at least {@code minCooccurrences}
 * times) and the newest article ids; null once no article of the window mentions the entity (a
 * tombstone for the compacted topic).
 */
final class EntityProfiles {

  private final RelatedIndex index;
  private final RelatedConfig config;
  private final Clock clock;

  EntityProfiles(RelatedIndex index, RelatedConfig config, Clock clock) {
    this.index = index;
    this.config = config;
    this.clock = clock;
  }

  EntityProfile profile(String entityId) {
    EntityHeader header = index.entity(entityId);
    if (header == null) {
      return null;
    }
    return EntityProfile.newBuilder()
        .setId(header.id())
        .setName(header.name())
        .setType(header.type())
        .setSubtype(header.subtype())
        .setKbId(header.kbId())
        .setKbUrl(header.kbUrl())
        .setArticleCount(Math.toIntExact(header.articleCount()))
        .setLastSeen(Instant.ofEpochMilli(header.lastSeen()))
        .setCooccurring(cooccurring(header))
        .setRecentArticles(index.postings(entityId).items().stream()
            .limit(config.profileSize()).map(Posting::articleId).toList())
        .setUpdatedAt(clock.instant())
        .build();
  }

  private List<CooccurringEntity> cooccurring(EntityHeader header) {
    long articles = index.topicArticleCount();
    List<CooccurringEntity> partners = new ArrayList<>();
    for (Map.Entry<String, Integer> partner : index.cooccurrences(header.id())
        .frequent(config.minCooccurrences(), RelatedTopicFinder.PARTNERS_PER_ENTITY)) {
      EntityHeader other = index.entity(partner.getKey());
      if (other != null) {
        double score = Npmi.of(partner.getValue(), header.articleCount(), other.articleCount(), articles);
        partners.add(new CooccurringEntity(other.id(), other.name(), other.kbId(), partner.getValue(),
            Scores.rounded(score)));
      }
    }
    partners.sort(Comparator.comparingDouble(CooccurringEntity::getScore).reversed()
        .thenComparing(Comparator.comparingInt(CooccurringEntity::getCount).reversed())
        .thenComparing(CooccurringEntity::getId));
    return partners.size() > config.profileSize() ? List.copyOf(partners.subList(0, config.profileSize())) : partners;
  }
}
