package th.localnews.notification.channel.email;

import java.io.UnsupportedEncodingException;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** The configured sender, with its Thai display name RFC 2047-encoded rather than raw UTF-8 in the header. */
final class Senders {

    private Senders() {
    }

    static InternetAddress parse(String from) {
        try {
            InternetAddress parsed = new InternetAddress(from, false);
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("notification.email.from is not a mail address: " + from, e);
        }
    }
}
