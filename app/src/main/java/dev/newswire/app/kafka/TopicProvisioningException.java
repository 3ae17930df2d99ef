package dev.newswire.app.kafka;

/** Topics could not be created or do not match their {@link TopicSpec}; the message says which and why. */
public final class TopicProvisioningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TopicProvisioningException(String message) {
        super(message);
    }

    public TopicProvisioningException(String message, Throwable cause) {
        super(message, cause);
    }
}
