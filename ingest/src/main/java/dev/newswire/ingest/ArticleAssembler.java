package dev.newswire.ingest;

import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.text.LineBreaks;
import dev.newswire.ingest.language.LanguageGuesser;
import dev.newswire.schemas.FeedTag;
import dev.newswire.schemas.NewsArticle;
import java.text.Normalizer;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.jsoup.parser.Parser;

/**
 * Turns an {@link ArticleDraft} into the {@link NewsArticle} event: all text has HTML entities
 * decoded, is Unicode NFC and trimmed (line breaks in the body become {@code "\n"}; paragraphs are
 * kept), blank optional fields null; the language is the draft's or else the guesser's; then the
 * content hash and id from {@link ArticleIds}, {@code ingestedAt} from the clock (whole milliseconds,
 * as the schema stores them), the origin, the feed tags, the dateline, and version 1 (the ledger may
 * raise it).
 */
final class ArticleAssembler {

  private final Clock clock;
  private final LanguageGuesser languages;

  ArticleAssembler(Clock clock, LanguageGuesser languages) {
    this.clock = clock;
    this.languages = languages;
  }

  NewsArticle assemble(ArticleDraft draft, String origin) {
    String headline = text(draft.headline());
    String standfirst = optional(draft.standfirst());
    String body = text(LineBreaks.toNewlines(draft.body()));
    String source = optional(draft.source());
    String sourceId = optional(draft.sourceId());
    String hash = ArticleIds.contentHash(headline, standfirst, body);
    String language = optional(draft.language());
    return NewsArticle.newBuilder()
        .setId(ArticleIds.articleId(source, sourceId, hash))
        .setSourceId(sourceId)
        .setSource(source)
        .setUrl(draft.url() == null ? null : draft.url().strip())
        .setHeadline(headline)
        .setStandfirst(standfirst)
        .setBody(body)
        .setSection(optional(draft.section()))
        .setAuthors(authors(draft.authors()))
        .setLanguage(language != null ? language : languages.guess(headline + "\n" + body))
        .setPublishedAt(draft.publishedAt() == null ? null : draft.publishedAt().truncatedTo(ChronoUnit.MILLIS))
        .setIngestedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
        .setContentHash(hash)
        .setInputFormat(draft.format())
        .setOrigin(origin)
        .setVersion(1)
        .setFeedTags(tags(draft.feedTags()))
        .setDateline(optional(draft.dateline()))
        .build();
  }

  private static String text(String value) {
    String decoded = value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, false) : value;
    return Normalizer.normalize(decoded, Normalizer.Form.NFC).strip();
  }

  private static String optional(String value) {
    if (value == null) {
      return null;
    }
    String normalised = text(value);
    return normalised.isEmpty() ? null : normalised;
  }

  private static List<String> authors(List<String> names) {
    return names.stream().map(ArticleAssembler::optional).filter(Objects::nonNull).distinct().toList();
  }

  private static List<FeedTag> tags(List<FeedTag> tags) {
    return tags.stream()
        .map(tag -> FeedTag.newBuilder().setKind(tag.getKind()).setName(text(tag.getName()))
            .setCode(tag.getCode()).build())
        .filter(tag -> !tag.getName().isEmpty())
        .toList();
  }
}
