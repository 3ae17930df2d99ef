package dev.newswire.app.broker;

/** The embedded broker could not be formatted, bound or started; the message says why and what to do. */
public final class BrokerStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BrokerStartException(String message) {
        super(message);
    }

    public BrokerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
