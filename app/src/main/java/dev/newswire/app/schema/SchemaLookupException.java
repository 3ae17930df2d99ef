package dev.newswire.app.schema;

import org.apache.kafka.common.errors.RetriableException;

/**
 * The schema topic could not be read to its end in time. Retriable: the event whose schema was
 * looked up is not at fault, so enrich reads it again rather than dead-lettering it.
 */
public final class SchemaLookupException extends RetriableException {

  private static final long serialVersionUID = 1L;

  public SchemaLookupException(String message, Throwable cause) {
    super(message, cause);
  }
}
