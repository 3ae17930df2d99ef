package dev.newswire.ingest.format;

import dev.newswire.ingest.format.html.HtmlFormat;
import dev.newswire.ingest.format.json.JsonFormat;
import dev.newswire.ingest.format.newsml.NewsMlG2Format;
import dev.newswire.ingest.format.ninjs.NinjsFormat;
import dev.newswire.ingest.format.nitf.NitfFormat;
import dev.newswire.ingest.format.rss.FeedFormat;
import dev.newswire.ingest.format.wire.WireTextFormat;
import dev.newswire.ingest.format.xml.OtherXmlFormat;
import dev.newswire.ingest.format.xml.SafeXml;
import dev.newswire.schemas.InputFormat;
import java.util.List;
import java.util.Set;
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

  /**
   * The formats of this release, most specific first: ninjs, JSON / JSON Lines, NITF, NewsML-G2,
   * RSS/Atom, HTML, the catch-all for other XML (which only rejects), then plain-text wire copy.
   */
  public static FormatDetector standard(FormatLimits limits) {
    SafeXml xml = new SafeXml();
    return new FormatDetector(List.of(new NinjsFormat(limits), new JsonFormat(limits), new NitfFormat(xml),
        new NewsMlG2Format(xml), new FeedFormat(xml), new HtmlFormat(), new OtherXmlFormat(xml),
        new WireTextFormat(limits)), limits);
  }

  /** The format names, in the order they are asked. */
  public List<String> formatNames() {
    return formats.stream().map(ArticleFormat::name).toList();
  }

  public FormatLimits limits() {
    return limits;
  }

  /** Reads one input; never throws for bad input. */
  public ParseResult parse(RawInput input) {
    return parse(input, null);
  }

  /**
   * Reads one input with only the named formats (null: all), as when a request declared its type.
   * Never throws for bad input.
   */
  public ParseResult parse(RawInput input, Set<String> formatNames) {
    InputScreen.Screened screened = screen.screen(input);
    if (screened.failure() != null) {
      return ParseResult.failed(InputFormat.UNKNOWN, screened.failure());
    }
    TextDocument document = screened.document();
    List<ArticleFormat> candidates = formatNames == null ? formats
        : formats.stream().filter(format -> formatNames.contains(format.name())).toList();
    ArticleFormat format = choose(document, candidates);
    if (format == null) {
      return ParseResult.failed(InputFormat.UNKNOWN, ParseFailure.of(RejectReason.UNSUPPORTED_FORMAT,
          "unsupported format: neither the content nor the file name matches a known format ("
              + names(candidates) + ")"));
    }
    try {
      return format.parse(document);
    } catch (RuntimeException e) {
      return ParseResult.failed(InputFormat.UNKNOWN, ParseFailure.of(RejectReason.INTERNAL_ERROR,
          format.name() + " parser failed: " + e, e));
    }
  }

  private static ArticleFormat choose(TextDocument document, List<ArticleFormat> formats) {
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

  private static String names(List<ArticleFormat> formats) {
    return formats.stream().map(ArticleFormat::name).collect(Collectors.joining(", "));
  }
}
