package dev.newswire.ingest;

import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.schemas.NewsArticle;
import java.text.Normalizer;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Turns an {@link ArticleDraft} into the {@link NewsArticle} event: all text Unicode NFC and trimmed
 * (line breaks in the body become {@code "\n"}), blank optional fields null, then the content hash and
 * id from {@link ArticleIds}, {@code ingestedAt} from the clock (whole milliseconds, as the schema
 * stores them), the origin, and version 1.
 */
final class ArticleAssembler {

  private final Clock clock;

  ArticleAssembler(Clock clock) {
    this.clock = clock;
  }

  NewsArticle assemble(ArticleDraft draft, String origin) {
    String headline = text(draft.headline());
    String standfirst = optional(draft.standfirst());
    String body = text(draft.body().replaceAll("\\R", "\n"));
    String source = optional(draft.source());
    String sourceId = draft.sourceId();
    String hash = ArticleIds.contentHash(headline, standfirst, body);
    return NewsArticle.newBuilder()
        .setId(ArticleIds.articleId(source, sourceId, hash))
        .setSourceId(sourceId)
        .setSource(source)
        .setUrl(draft.url())
        .setHeadline(headline)
        .setStandfirst(standfirst)
        .setBody(body)
        .setSection(optional(draft.section()))
        .setAuthors(authors(draft.authors()))
        .setLanguage(optional(draft.language()))
        .setPublishedAt(draft.publishedAt() == null ? null : draft.publishedAt().truncatedTo(ChronoUnit.MILLIS))
        .setIngestedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
        .setContentHash(hash)
        .setInputFormat(draft.format())
        .setOrigin(origin)
        .setVersion(1)
        .setFeedTags(List.of())
        .build();
  }

  private static String text(String value) {
    return Normalizer.normalize(value, Normalizer.Form.NFC).strip();
  }

  private static String optional(String value) {
    if (value == null) {
      return null;
    }
    String normalised = text(value);
    return normalised.isEmpty() ? null : normalised;
  }

  private static List<String> authors(List<String> names) {
    return names.stream().map(ArticleAssembler::optional).filter(name -> name != null).toList();
  }
}
