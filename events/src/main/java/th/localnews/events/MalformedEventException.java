package th.localnews.events;

import org.apache.kafka.common.errors.SerializationException;

/**
 * A record value that is not a readable article event. It extends Kafka's
 * {@link SerializationException} so a deserializer failure is a poison pill that
 * spring-kafka's {@code ErrorHandlingDeserializer} hands to the error handler and its
 * {@code DeadLetterPublishingRecoverer} sends to {@value ArticleEventTopics#ARTICLE_EVENTS_DLT}
 * instead of blocking the partition. The message says what is wrong and never echoes the body.
 */
public class MalformedEventException extends SerializationException {

    private static final long serialVersionUID = 1L;

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
