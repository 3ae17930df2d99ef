package dev.newswire.app.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * Drops articles into the folder a {@code newswire ingest --watch} process watches, as a wire desk
 * would: JSON Lines files written beside the folder and renamed in.
 */
final class InboxFeed {

  private InboxFeed() {}

  /** Drops {@code perFile} articles a file, one file every {@code pause}, on a background thread. */
  static PacedFeed start(Path inbox, List<String> ids, int perFile, Duration pause) {
    return PacedFeed.start("inbox-feed", ids, perFile, pause, (batch, first) -> {
      drop(inbox, batch, first);
      return batch.size();
    });
  }

  /**
   * Writes {@code ids} as one JSON Lines file (article {@code first + i} is
   * {@link ProcessPipeline#article}(ids[i], first + i)) beside the folder, then renames it in.
   */
  static void drop(Path inbox, List<String> ids, int first) {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < ids.size(); i++) {
      lines.append(ProcessPipeline.article(ids.get(i), first + i)).append('\n');
    }
    String name = "batch-" + ids.get(0) + ".jsonl";
    try {
      Path staged = Files.writeString(inbox.getParent().resolve(name + ".tmp"), lines);
      Files.move(staged, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
