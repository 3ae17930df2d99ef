package dev.newswire.ingest.format;

import dev.newswire.schemas.InputFormat;
import java.util.List;
import java.util.Objects;

/**
 * What one input gave: the articles read from it and the failures, in input order. A JSON Lines file
 * can give both; a wire-text file gives one article or one failure.
 *
 * @param format the format the input was read as ({@link InputFormat#UNKNOWN} when rejected before)
 */
public record ParseResult(InputFormat format, List<ArticleDraft> articles, List<ParseFailure> failures) {

  public ParseResult {
    Objects.requireNonNull(format, "format");
    articles = List.copyOf(articles);
    failures = List.copyOf(failures);
  }

  public static ParseResult failed(InputFormat format, ParseFailure failure) {
    return new ParseResult(format, List.of(), List.of(failure));
  }

  public static ParseResult of(InputFormat format, ArticleDraft article) {
    return new ParseResult(format, List.of(article), List.of());
  }
}
