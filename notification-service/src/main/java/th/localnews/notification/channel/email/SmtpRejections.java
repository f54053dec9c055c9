package th.localnews.notification.channel.email;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.springframework.mail.MailSendException;

import jakarta.mail.MessagingException;

/**
 * Tells a hard bounce at send time (the server refused the RECIPIENT with a 5xx reply) from everything else.
 * Only that case says the address itself is bad; a 4xx is a try-again, and a refused sender or message is
 * our problem, not the subscriber's, so neither may switch a subscription off.
 */
final class SmtpRejections {

    private SmtpRejections() {
    }

    /** @return e.g. {@code SMTP 550 5.1.1 user unknown} if the recipient was refused for good */
    static Optional<String> permanentRecipientFailure(MailSendException e) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.add(e);
        e.getFailedMessages().values().forEach(pending::add);
        while (!pending.isEmpty()) {
            Throwable next = pending.poll();
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof SMTPAddressFailedException refused && refused.getReturnCode() >= 500
                    && refused.getReturnCode() < 600) {
                String code = String.valueOf(refused.getReturnCode());
                String reply = firstLine(refused.getMessage());
                // the reply text usually repeats the code already
                return Optional.of("SMTP " + (reply.startsWith(code) ? reply : code + " " + reply).strip());
            }
            if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
                pending.add(messaging.getNextException());
            }
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
