package dev.newswire.ingest.format;

/**
 * One input format (wire text, JSON, later ninjs, NITF, RSS, HTML): says whether it recognises a
 * document and turns a recognised document into articles and failures. Implementations are stateless
 * and thread-safe; {@link FormatDetector} asks them in order.
 */
public interface ArticleFormat {

  /** A short human name for messages ("wire text", "JSON"). */
  String name();

  /** True when the content itself shows this format (a JSON object, an XML root element, ...). */
  boolean claimsContent(TextDocument document);

  /** True when the file name (never null here) says this format, for content that shows nothing. */
  boolean claimsFileName(String fileName);

  /** Reads a document: never throws for bad input, which becomes failures in the result. */
  ParseResult parse(TextDocument document);
}
