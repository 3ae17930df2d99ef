package dev.newswire.ingest.format.wire;

import dev.newswire.ingest.format.ArticleDraft;
import dev.newswire.ingest.format.ArticleFormat;
import dev.newswire.ingest.format.FormatLimits;
import dev.newswire.ingest.format.ParseFailure;
import dev.newswire.ingest.format.ParseResult;
import dev.newswire.ingest.format.RejectReason;
import dev.newswire.ingest.format.TextDocument;
import dev.newswire.ingest.format.text.Bylines;
import dev.newswire.schemas.InputFormat;
import java.util.List;
import java.util.Locale;

/**
 * Plain-text wire copy as copied from a news page: in goes a text document, out comes one article
 * ({@link InputFormat#WIRE_TEXT}) or one failure (TOO_LARGE, MISSING_FIELD).
 *
 * <p>The layout it reads, line by line (lines are trimmed, runs of spaces and tabs become one space):
 * <ol>
 *   <li>optionally a section label ("World": a capitalised line of at most three words without end
 *       punctuation) followed by a blank line and a headline-shaped line;</li>
 *   <li>the headline;</li>
 *   <li>optionally a standfirst paragraph followed by credit lines, or credit lines alone: a source
 *       line ("Sputnik": a few capitalised words, no punctuation), a byline ("By Maria Lopez", whose
 *       name goes into the authors), or both, in either order; without a credit line there is no
 *       standfirst and every paragraph is body;</li>
 *   <li>the body, from which {@link BodyCleaner} removes teasers for other stories and page furniture.
 *       A dateline stays in the body and is also recorded ({@link Datelines}): a line of its own
 *       ("GENEVA, Switzerland 2024-05-02") or the lead of the first paragraph ("GENEVA, May 2 (Reuters) -").</li>
 * </ol>
 *
 * <p>Paragraph rule: every non-blank line is one paragraph; the body joins paragraphs with a single
 * {@code "\n"} and keeps no blank lines, whatever mix of single and double line breaks the input used.
 * The format claims any text that does not start like markup or JSON, and files named .txt or .text.
 */
public final class WireTextFormat implements ArticleFormat {

  private final FormatLimits limits;

  public WireTextFormat(FormatLimits limits) {
    this.limits = limits;
  }

  @Override
  public String name() {
    return "wire text";
  }

  @Override
  public boolean claimsContent(TextDocument document) {
    String text = document.text().strip();
    return !text.isEmpty() && "<{[".indexOf(text.charAt(0)) < 0;
  }

  @Override
  public boolean claimsFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") || name.endsWith(".text");
  }

  @Override
  public ParseResult parse(TextDocument document) {
    if (document.bytes().length > limits.maxArticleBytes()) {
      return fail(RejectReason.TOO_LARGE, "article is " + document.bytes().length
          + " bytes; the limit is " + limits.maxArticleBytes());
    }
    WireLayout layout = WireLayout.read(document.text());
    if (layout.headline() == null) {
      return fail(RejectReason.MISSING_FIELD, "wire text has no headline");
    }
    List<String> paragraphs = BodyCleaner.clean(layout.bodyLines());
    String body = String.join("\n", paragraphs);
    if (body.isEmpty()) {
      return fail(RejectReason.MISSING_FIELD, "wire text has a headline but no body text");
    }
    return ParseResult.of(InputFormat.WIRE_TEXT, ArticleDraft.builder(InputFormat.WIRE_TEXT, layout.headline(), body)
        .section(layout.section())
        .standfirst(layout.standfirst())
        .source(layout.source())
        .authors(authors(layout.byline()))
        .dateline(Datelines.find(paragraphs).orElse(null))
        .build());
  }

  private static List<String> authors(String byline) {
    String name = Bylines.clean(byline);
    return name == null ? List.of() : List.of(name);
  }

  private static ParseResult fail(RejectReason reason, String message) {
    return ParseResult.failed(InputFormat.WIRE_TEXT, ParseFailure.of(reason, message));
  }
}
