package dev.newswire.ingest.format;

/**
 * Why ingest turned an input (or one record of it) into a dead letter. The name of each constant is
 * the {@code reason} of the published {@code DeadLetter}; names are a contract and never change.
 */
public enum RejectReason {
  /** Zero bytes, or nothing but whitespace. */
  EMPTY_INPUT,
  /** NUL bytes or many control characters: not text. */
  BINARY_INPUT,
  /** Text that is not valid UTF-8 (or announces another encoding with a byte order mark). */
  INVALID_ENCODING,
  /** The file or stream could not be read (missing, no permission, I/O error). */
  READ_ERROR,
  /** Bigger than the configured input or article limit. */
  TOO_LARGE,
  /** No known format claims the input. */
  UNSUPPORTED_FORMAT,
  /**
   * JSON that does not parse, breaks a parser limit (nesting depth, number or name length) or is not
   * an object. A string or document over the size limits is TOO_LARGE.
   */
  MALFORMED_JSON,
  /** A required field (headline, body) is absent or blank. */
  MISSING_FIELD,
  /** A field is present but unusable (wrong JSON type, unparseable timestamp, bad language tag). */
  INVALID_FIELD,
  /** XML that is not well-formed, or a well-formed XML document that is not a valid feed or news item. */
  MALFORMED_XML,
  /**
   * XML with a document type declaration (DTD): entity declarations are how XXE and billion-laughs
   * attacks work, so no DTD is read, expanded or fetched and the document is refused.
   */
  FORBIDDEN_XML,
  /** An HTTP request whose Content-Type names no format ingest reads. */
  UNSUPPORTED_MEDIA_TYPE,
  /**
   * A file or stdin input in a known format that holds no article at all (an RSS feed or JSON array
   * without items). A polled feed without items is not an error and gets no dead letter.
   */
  NO_ARTICLES,
  /** A parser failed unexpectedly; a bug in ingest, kept as a dead letter rather than stopping the run. */
  INTERNAL_ERROR
}
