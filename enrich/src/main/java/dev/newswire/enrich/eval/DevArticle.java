package dev.newswire.enrich.eval;

import dev.newswire.schemas.InputFormat;
import dev.newswire.schemas.NewsArticle;
import dev.newswire.schemas.serde.AvroTrust;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One dev-set article: its text and every gold mention in it.
 *
 * @param id the article id
 * @param headline the headline
 * @param body the body (paragraphs separated by newlines)
 * @param gold the gold mentions, headline first, in offset order
 */
public record DevArticle(String id, String headline, String body, List<GoldMention> gold) {

  public DevArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(body, "body");
    gold = List.copyOf(gold);
  }

  /** The text of a gold field. */
  public String text(String field) {
    return switch (field) {
      case "headline" -> headline;
      case "body" -> body;
      default -> throw new IllegalArgumentException("unknown field '" + field + "'");
    };
  }

  /** The article as ingest would publish it: id, headline and body, English, read at {@code ingestedAt}. */
  public NewsArticle toNewsArticle(Instant ingestedAt) {
    AvroTrust.ensureInstalled(); // the generated builders load our classes through Avro's class check
    return NewsArticle.newBuilder()
        .setId(id)
        .setHeadline(headline)
        .setBody(body)
        .setLanguage("en")
        .setIngestedAt(ingestedAt)
        .setContentHash(ContentHash.of(headline, body))
        .setInputFormat(InputFormat.JSONL)
        .setOrigin("devset")
        .build();
  }
}
