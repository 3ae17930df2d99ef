package dev.newswire.enrich.eval.stories;

import dev.newswire.enrich.eval.ContentHash;
import dev.newswire.schemas.InputFormat;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.serde.AvroTrust;
import java.time.Instant;
import java.util.Objects;

/** One article of a story stream ({@code eval/stories/articles.jsonl}). */
public record StoryArticle(String id, String headline, String body, String source, String url, Instant publishedAt) {

  public StoryArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(publishedAt, "publishedAt");
  }

  /** Headline and body, the text the TF-IDF baseline reads. */
  public String text() {
    return headline + "\n\n" + body;
  }

  /**
   * The article as ingest would publish it from JSON Lines, read at {@code ingestedAt}, keeping the
   * stream's id (ingest would derive one from source and id) so that output and labels meet.
   */
  public NewsArticle toNewsArticle(Instant ingestedAt) {
    AvroTrust.ensureInstalled(); // the generated builders load our classes through Avro's class check
    return NewsArticle.newBuilder()
        .setId(id)
        .setSourceId(id)
        .setSource(source)
        .setUrl(url)
        .setHeadline(headline)
        .setBody(body)
        .setLanguage("en")
        .setPublishedAt(publishedAt)
        .setIngestedAt(ingestedAt)
        .setContentHash(ContentHash.of(headline, body))
        .setInputFormat(InputFormat.JSONL)
        .setOrigin("stories")
        .build();
  }
}
