package dev.newswire.enrich.related;

import dev.newswire.enrich.related.RelatedArticleFinder.Found;
import dev.newswire.enrich.related.RelatedOutput.Linked;
import dev.newswire.enrich.related.RelatedOutput.Profile;
import dev.newswire.enrich.related.RelatedOutput.StoryUpdate;
import dev.newswire.enrich.related.SequenceBuffer.Pending;
import dev.newswire.enrich.related.TermVector.Term;
import dev.newswire.schemas.EnrichedArticle;
import dev.newswire.schemas.Entity;
import dev.newswire.schemas.TopicLink;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * EnrichedArticle in (any key), from the one-partition sequence topic; out, per article in this
 * order: the article with {@code related}, {@code topics} and {@code storyId} filled (key: article
 * id), the profile of every entity whose window changed (key: entity id, null when the entity left
 * the window), and the summary of every story an article joined or left (key: story id, null when
 * its last article left the story window).
 *
 * <p>Articles first wait in the {@link SequenceBuffer} until their burst is over (unless
 * {@code sequence.quiet.ms} is 0), then are taken in publication order. Per article: advance stream
 * time to its keep time ({@link ArticleDigest#keepTimeOf}: the published time of a live article, the
 * ingestion time of an archive one), expire what is older than the topic window and the story
 * window, index the article (unless its own keep time is older than the story window: an article
 * replayed long after it was ingested is linked against what the window still holds, but not kept),
 * then look up its related articles and story and join it. The statistics the scores use therefore
 * include the article itself.
 */
final class RelatedLinksProcessor implements Processor<String, EnrichedArticle, String, RelatedOutput> {

  /** How often waiting articles are checked, at most. */
  static final Duration PUNCTUATION = Duration.ofMillis(500);

  private final RelatedConfig config;
  private final Clock clock;
  private ProcessorContext<String, RelatedOutput> context;
  private RelatedIndex index;
  private RelatedArticleFinder articles;
  private RelatedTopicFinder topics;
  private EntityProfiles profiles;
  private SequenceBuffer sequence;

  RelatedLinksProcessor(RelatedConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /** The supplier, with the stores it needs attached. */
  static ProcessorSupplier<String, EnrichedArticle, String, RelatedOutput> supplier(RelatedConfig config, Clock clock,
      Serde<EnrichedArticle> articles) {
    return new ProcessorSupplier<>() {
      @Override
      public Processor<String, EnrichedArticle, String, RelatedOutput> get() {
        return new RelatedLinksProcessor(config, clock);
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return RelatedStores.builders(articles);
      }
    };
  }

  @Override
  public void init(ProcessorContext<String, RelatedOutput> processorContext) {
    context = processorContext;
    RelatedStores stores = RelatedStores.from(processorContext);
    index = new RelatedIndex(stores, config.maxPostings(), config.maxCooccurring(), config.minSalience());
    sequence = new SequenceBuffer(stores.sequence(), stores.stats(), config);
    if (sequence.enabled()) {
      Duration half = config.sequenceQuiet().dividedBy(2); // not zero: the delay is at least 1 ms
      context.schedule(half.compareTo(PUNCTUATION) < 0 ? half : PUNCTUATION, PunctuationType.WALL_CLOCK_TIME,
          this::release);
    }
    articles = new RelatedArticleFinder(index, config);
    topics = new RelatedTopicFinder(index, config);
    profiles = new EntityProfiles(index, config, clock);
  }

  @Override
  public void process(Record<String, EnrichedArticle> record) {
    EnrichedArticle article = record.value();
    if (article == null) {
      return; // nothing upstream sends tombstones; there is nothing to link
    }
    if (!sequence.enabled()) {
      link(article, record.timestamp());
      return;
    }
    long now = context.currentSystemTimeMs();
    sequence.add(new Pending(record.timestamp(), now, article));
    if (sequence.pending() >= config.sequenceMaxPending()) {
      release(now);
    }
  }

  /** Links the articles that leave the {@link SequenceBuffer} now, in publication order. */
  private void release(long now) {
    for (Pending pending : sequence.release(now)) {
      link(pending.article(), pending.timestamp());
    }
  }

  private void link(EnrichedArticle article, long timestamp) {
    Record<String, EnrichedArticle> record = new Record<>(article.getId(), article, timestamp);
    index.startArticle();
    List<Entity> indexed = ArticleDigest.indexed(article, config.maxEntitiesPerArticle());
    // the window's document frequencies with this article counted in, as after it is indexed
    Idf termIdf = new Idf(term -> index.termFrequency(term) + 1, index.articleCount() + 1);
    List<Term> terms = TermVector.strongest(TermVector.counts(article.getHeadline(), article.getBody()), termIdf,
        ArticleDigest.MAX_TERMS);
    ArticleDigest digest = ArticleDigest.of(article, indexed, terms);
    Set<String> touched = new TreeSet<>(updateWindow(digest, indexed));
    context.forward(record.withKey(article.getId()).withValue(new Linked(linked(article, digest, indexed))));
    for (String entityId : touched) {
      context.forward(record.withKey(entityId).withValue(new Profile(profiles.profile(entityId))));
    }
    for (String storyId : index.stories().changed()) {
      StoryState story = index.stories().get(storyId);
      context.forward(record.withKey(storyId)
          .withValue(new StoryUpdate(story == null ? null : story.summary(clock.instant()))));
    }
  }

  private Set<String> updateWindow(ArticleDigest digest, List<Entity> indexed) {
    long streamTime = index.advanceStreamTime(digest.keepTime());
    long cutoff = streamTime - config.window().toMillis();
    long topicCutoff = streamTime - config.topicWindow().toMillis();
    Set<String> touched = new TreeSet<>(index.expireTopicsBefore(topicCutoff));
    touched.addAll(index.expireBefore(cutoff));
    touched.addAll(index.remove(digest.id())); // a repeated article replaces its earlier version
    if (digest.keepTime() >= cutoff) {
      touched.addAll(index.add(digest, indexed, digest.keepTime() >= topicCutoff));
    }
    return touched;
  }

  private EnrichedArticle linked(EnrichedArticle article, ArticleDigest digest, List<Entity> indexed) {
    Map<String, String> names = new HashMap<>();
    article.getEntities().forEach(entity -> names.putIfAbsent(entity.getId(), entity.getName()));
    Set<String> own = article.getEntities().stream().map(Entity::getId).collect(Collectors.toSet());
    List<TopicLink> related = topics.find(own, indexed);
    Found found = articles.find(digest, names);
    if (index.contains(digest.id())) {
      index.joinStory(digest, found.storyId(), indexed);
    }
    return EnrichedArticle.newBuilder(article)
        .setRelated(found.related())
        .setTopics(RelatedTopicFinder.merged(article.getTopics(), related))
        .setStoryId(found.storyId())
        .build();
  }
}
