package th.localnews.notification.outbound;

/** A URL the service refuses to connect to; the message is safe to show to the person who supplied it. */
public class ForbiddenTargetException extends RuntimeException {

    public ForbiddenTargetException(String message) {
        super(message);
    }
}
