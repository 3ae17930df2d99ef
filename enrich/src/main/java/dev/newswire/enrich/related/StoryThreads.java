package dev.newswire.enrich.related;

import dev.newswire.enrich.related.ArticleDigest.IndexedEntity;
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
  private final Set<String> changed = new TreeSet<>();

  StoryThreads(KeyValueStore<String, StoryState> store) {
    this.store = store;
  }

  void clearChanges() {
    changed.clear();
  }

  /** The article (its salient entities {@code mentions}) joins story {@code storyId}. */
  void join(ArticleDigest digest, String storyId, List<StoryState.Mention> mentions) {
    store.put(storyId, StoryState.joined(store.get(storyId), storyId, digest.id(), digest.headline(),
        digest.eventTime(), mentions));
    changed.add(storyId);
  }

  /** The article leaves the story it joined, if that story is still kept. */
  void leave(ArticleDigest digest) {
    StoryState story = store.get(digest.storyId());
    if (story == null) {
      return;
    }
    StoryState left = story.left(digest.id(), digest.entities().stream().map(IndexedEntity::id).toList());
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
