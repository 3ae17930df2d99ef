package dev.newswire.enrich.link;

/** The knowledge-base index could not be built, opened or read. */
public final class KbIndexException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KbIndexException(String message, Throwable cause) {
        super(message, cause);
    }

    public KbIndexException(String message) {
        super(message);
    }
}
