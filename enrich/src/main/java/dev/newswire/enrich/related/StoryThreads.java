package dev.newswire.enrich.related;

import dev.newswire.schemas.Entity;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The stories of the story window over the {@value RelatedStores#STORIES} store: an article joins its
 * story once its links are found and leaves it when it leaves the window (or comes again). Remembers
 * which stories changed since {@link #clearChanges}, for the processor to publish.
 */
final class StoryThreads {

  private final KeyValueStore<String, StoryState> store;
  private final double minSalience;
  private final Set<String> changed = new TreeSet<>();

  /** @param minSalience the salience an entity needs in an article to count for its story */
  StoryThreads(KeyValueStore<String, StoryState> store, double minSalience) {
    this.store = store;
    this.minSalience = minSalience;
  }

  void clearChanges() {
    changed.clear();
  }

  /**
   * The article joins story {@code storyId}, with its salient entities ({@code entities} gives their
   * names and links).
   */
  void join(ArticleDigest digest, String storyId, List<Entity> entities) {
    Set<String> salient = digest.salient(minSalience).keySet();
    List<StoryState.Mention> mentions = entities.stream().filter(entity -> salient.contains(entity.getId()))
        .map(entity -> new StoryState.Mention(entity.getId(), entity.getName(), entity.getKbId()))
        .toList();
    store.put(storyId, StoryState.joined(store.get(storyId), storyId, digest.id(), digest.headline(),
        digest.eventTime(), mentions));
    changed.add(storyId);
  }

  /** The article leaves the story it joined, taking back the same salient entities, if that story is still kept. */
  void leave(ArticleDigest digest) {
    StoryState story = store.get(digest.storyId());
    if (story == null) {
      return;
    }
    StoryState left = story.left(digest.id(), List.copyOf(digest.salient(minSalience).keySet()));
    if (left == null) {
      store.delete(digest.storyId());
    } else {
      store.put(digest.storyId(), left);
    }
    changed.add(digest.storyId());
  }

  /** The stories joined or left since {@link #clearChanges}, in id order. */
  Set<String> changed() {
    return new TreeSet<>(changed);
  }

  /** The story, or null when none of its articles is in the story window. */
  StoryState get(String storyId) {
    return store.get(storyId);
  }
}
