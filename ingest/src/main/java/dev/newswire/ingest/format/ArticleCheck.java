package dev.newswire.ingest.format;

import dev.newswire.schemas.InputFormat;

/** The check every format makes before it builds a draft: a headline and a body are required. */
public final class ArticleCheck {

  private ArticleCheck() {}

  /**
   * A MISSING_FIELD failure naming what is absent, or null when headline and body are both present.
   *
   * @param what how the format names the article in messages ("ninjs", "RSS item 3")
   */
  public static ParseFailure missing(String what, String headline, String body) {
    boolean noHeadline = headline == null || headline.isBlank();
    boolean noBody = body == null || body.isBlank();
    if (noHeadline && noBody) {
      return ParseFailure.of(RejectReason.MISSING_FIELD, what + " has neither a headline nor body text");
    }
    if (noHeadline) {
      return ParseFailure.of(RejectReason.MISSING_FIELD, what + " has no headline");
    }
    return noBody ? ParseFailure.of(RejectReason.MISSING_FIELD, what + " has a headline but no body text") : null;
  }

  /** The draft as a result, or the failure when headline or body is missing. */
  public static ParseResult single(InputFormat format, String what, ArticleDraft.Builder draft, String headline,
      String body) {
    ParseFailure failure = missing(what, headline, body);
    return failure != null ? ParseResult.failed(format, failure) : ParseResult.of(format, draft.build());
  }
}
