package dev.newswire.ingest.format;

import dev.newswire.ingest.format.json.JsonFormat;
import dev.newswire.ingest.format.wire.WireTextFormat;
import dev.newswire.schemas.InputFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns one {@link RawInput} into a {@link ParseResult}: screens the bytes ({@link InputScreen}),
 * picks a format by content first (the first format whose {@code claimsContent} is true), by file
 * name second, and lets it parse. Input no format claims is rejected as UNSUPPORTED_FORMAT.
 * Unexpected parser errors become INTERNAL_ERROR failures; this class never throws for bad input.
 */
public final class FormatDetector {

  private final List<ArticleFormat> formats;
  private final FormatLimits limits;
  private final InputScreen screen = new InputScreen();

  /** Formats in the order they are asked; more specific formats (JSON) before catch-alls (wire text). */
  public FormatDetector(List<ArticleFormat> formats, FormatLimits limits) {
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("at least one format is needed");
    }
    this.formats = List.copyOf(formats);
    this.limits = limits;
  }

  /** The formats of this release: JSON / JSON Lines, then plain-text wire copy. */
  public static FormatDetector standard(FormatLimits limits) {
    return new FormatDetector(List.of(new JsonFormat(limits), new WireTextFormat(limits)), limits);
  }

  public FormatLimits limits() {
    return limits;
  }

  public ParseResult parse(RawInput input) {
    InputScreen.Screened screened = screen.screen(input);
    if (screened.failure() != null) {
      return ParseResult.failed(InputFormat.UNKNOWN, screened.failure());
    }
    TextDocument document = screened.document();
    ArticleFormat format = choose(document);
    if (format == null) {
      return ParseResult.failed(InputFormat.UNKNOWN, ParseFailure.of(RejectReason.UNSUPPORTED_FORMAT,
          "unsupported format: neither the content nor the file name matches a known format ("
              + names() + ")"));
    }
    try {
      return format.parse(document);
    } catch (RuntimeException e) {
      return ParseResult.failed(InputFormat.UNKNOWN, ParseFailure.of(RejectReason.INTERNAL_ERROR,
          format.name() + " parser failed: " + e, e));
    }
  }

  private ArticleFormat choose(TextDocument document) {
    for (ArticleFormat format : formats) {
      if (format.claimsContent(document)) {
        return format;
      }
    }
    if (document.fileName() != null) {
      for (ArticleFormat format : formats) {
        if (format.claimsFileName(document.fileName())) {
          return format;
        }
      }
    }
    return null;
  }

  private String names() {
    return formats.stream().map(ArticleFormat::name).collect(Collectors.joining(", "));
  }
}
