package th.localnews.notification.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import jakarta.mail.Address;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import th.localnews.notification.NotificationProperties;
import th.localnews.notification.channel.Alert;
import th.localnews.notification.channel.SendResult;
import th.localnews.notification.subscription.Channel;
import th.localnews.notification.subscription.Interests;
import th.localnews.notification.subscription.Subscription;

/** What the sender makes of the SMTP server's answer, with the server's refusal given as Angus Mail reports it. */
class EmailSenderBounceTest {

    /** A mail sender whose server answers every RCPT TO with this reply. */
    private static JavaMailSenderImpl refusingRecipientsWith(int code) {
        return new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage message) {
                try {
                    InternetAddress to = new InternetAddress("reader@example.org");
                    SendFailedException failed = new SendFailedException("Invalid Addresses",
                            new SMTPAddressFailedException(to, "RCPT TO", code, code + " mailbox unavailable"),
                            new Address[0], new Address[0], new Address[] { to });
                    throw new MailSendException(Map.of(message, failed));
                } catch (jakarta.mail.internet.AddressException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static SendResult send(JavaMailSenderImpl mail) {
        NotificationProperties properties = new NotificationProperties(URI.create("https://localnews.example"), false,
                null, null, null, new NotificationProperties.Email("alerts@localnews.example"), null, null);
        EmailSender sender = new EmailSender(mail, new MailLinks(properties), properties);
        Subscription subscription = new Subscription(UUID.randomUUID(), Channel.EMAIL, "reader@example.org", null,
                null, null, "unsubscribe-token", new Interests(true, false, List.of(), List.of(), List.of(), List.of()),
                Subscription.Status.ACTIVE, Instant.now(), null, null, null);
        Alert alert = new Alert(subscription.id(), 1, "หัวข้อข่าว", "สรุปข่าว", "https://localnews.example/articles/1/x",
                "local-government", List.of("TH-40"), false, Instant.now());
        return sender.send(subscription, alert, "msg_1", Map.of());
    }

    @Test
    void recipientRefusedWith550IsGoneWithTheServersWords() {
        SendResult result = send(refusingRecipientsWith(550));

        assertThat(result.outcome()).isEqualTo(SendResult.Outcome.GONE);
        assertThat(result.detail()).isEqualTo("SMTP 550 mailbox unavailable");
    }

    @Test
    void recipientRefusedWith450IsWorthAnotherTry() {
        assertThat(send(refusingRecipientsWith(450)).outcome()).isEqualTo(SendResult.Outcome.RETRY);
    }
}
