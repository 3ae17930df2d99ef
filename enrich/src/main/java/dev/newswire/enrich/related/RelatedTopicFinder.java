package dev.newswire.enrich.related;

import dev.newswire.schemas.Entity;
import dev.newswire.schemas.TopicKind;
import dev.newswire.schemas.TopicLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Related topics of one article: entities not in the article that are associated with the article
 * as a whole, scored by the salience-weighted mean of their {@link Npmi} with the article's salient
 * entities,
 * <pre>
 *   score(b) = sum over salient a of salience(a) * max(0, npmi(a, b)) / sum over salient a of salience(a)
 * </pre>
 * where a pair counts only once seen together in {@code minCooccurrences} articles of the window.
 * A hub entity (the United States) is close to independent of everything, so it scores low as a
 * topic, and a topic reached only through a hub that is a side entity of the article is diluted by
 * the article's main entities. Each topic's evidence is the article entity that contributes most
 * (ties: the higher count, then the name) and their co-occurrence count. Topics reaching
 * {@code minTopicScore}, best first (ties: the more frequent, then by label), at most
 * {@code maxRelatedTopics}.
 */
final class RelatedTopicFinder {

  /** Partners read per salient entity, the most frequent first: bounds the reads of a very common entity. */
  static final int PARTNERS_PER_ENTITY = 50;

  private final RelatedIndex index;
  private final RelatedConfig config;

  RelatedTopicFinder(RelatedIndex index, RelatedConfig config) {
    this.index = index;
    this.config = config;
  }

  /**
   * @param own the ids of every entity of the article: never suggested
   * @param indexed its indexed entities, most salient first: the salient ones are the anchors
   */
  List<TopicLink> find(Set<String> own, List<Entity> indexed) {
    long articles = index.topicArticleCount();
    double totalSalience = 0.0;
    Map<String, Candidate> candidates = new HashMap<>();
    for (Entity anchor : indexed) {
      if (anchor.getSalience() < config.minSalience()) {
        continue;
      }
      totalSalience += anchor.getSalience();
      long anchorCount = index.documentFrequency(anchor.getId());
      for (Map.Entry<String, Integer> partner
          : index.cooccurrences(anchor.getId()).frequent(config.minCooccurrences(), PARTNERS_PER_ENTITY)) {
        EntityHeader header = own.contains(partner.getKey()) ? null : index.entity(partner.getKey());
        if (header != null) {
          double npmi = Npmi.of(partner.getValue(), anchorCount, header.articleCount(), articles);
          Evidence evidence =
              new Evidence(anchor.getName(), partner.getValue(), anchor.getSalience() * Math.max(0, npmi));
          candidates.computeIfAbsent(header.id(), id -> new Candidate(header)).add(evidence);
        }
      }
    }
    List<Scored> ranked = new ArrayList<>();
    for (Candidate candidate : candidates.values()) {
      double score = candidate.sum / totalSalience;
      if (score > 0.0 && score >= config.minTopicScore()) {
        ranked.add(new Scored(candidate.header, candidate.best, score));
      }
    }
    ranked.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparing(Comparator.comparingInt((Scored s) -> s.evidence().count()).reversed())
        .thenComparing(s -> s.header().name())
        .thenComparing(s -> s.header().id()));
    return ranked.stream().limit(config.maxRelatedTopics()).map(RelatedTopicFinder::link).toList();
  }

  /** The article's ENTITY topics, one per entity, followed by {@code related}. */
  static List<TopicLink> merged(List<TopicLink> existing, List<TopicLink> related) {
    List<TopicLink> topics = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TopicLink topic : existing) {
      String key = topic.getEntityId() != null ? topic.getEntityId() : "label:" + topic.getLabel();
      if (topic.getKind() == TopicKind.ENTITY && seen.add(key)) {
        topics.add(topic);
      }
    }
    topics.addAll(related);
    return topics;
  }

  private static TopicLink link(Scored scored) {
    EntityHeader header = scored.header();
    return TopicLink.newBuilder()
        .setLabel(header.name())
        .setEntityId(header.id())
        .setKbId(header.kbId())
        .setKbUrl(header.kbUrl())
        .setScore(Scores.rounded(scored.score()))
        .setKind(TopicKind.RELATED)
        .setVia(scored.evidence().via())
        .setCooccurrences(scored.evidence().count())
        .build();
  }

  /** One article entity's contribution to a topic. */
  private record Evidence(String via, int count, double contribution) {

    boolean beats(Evidence other) {
      if (contribution != other.contribution) {
        return contribution > other.contribution;
      }
      return count != other.count ? count > other.count : via.compareTo(other.via) < 0;
    }
  }

  private static final class Candidate {
    private final EntityHeader header;
    private double sum;
    private Evidence best;

    Candidate(EntityHeader header) {
      this.header = header;
    }

    void add(Evidence evidence) {
      sum += evidence.contribution();
      if (best == null || evidence.beats(best)) {
        best = evidence;
      }
    }
  }

  private record Scored(EntityHeader header, Evidence evidence, double score) {}
}
