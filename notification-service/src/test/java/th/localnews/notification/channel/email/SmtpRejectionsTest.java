package th.localnews.notification.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;

class SmtpRejectionsTest {

    private static InternetAddress reader() throws Exception {
        return new InternetAddress("reader@example.org");
    }

    /** How Angus Mail reports a refused RCPT TO, wrapped the way JavaMailSenderImpl wraps it. */
    private static MailSendException refusedRecipient(int code, String text) throws Exception {
        SMTPAddressFailedException refused = new SMTPAddressFailedException(reader(), "RCPT TO:<reader@example.org>",
                code, code + " " + text);
        SendFailedException failed = new SendFailedException("Invalid Addresses", refused, new Address[0],
                new Address[0], new Address[] { reader() });
        return new MailSendException(Map.of(new Object(), failed));
    }

    @Test
    void permanentRecipientRefusalIsAHardBounce() throws Exception {
        assertThat(SmtpRejections.permanentRecipientFailure(refusedRecipient(550, "5.1.1 user unknown")))
                .hasValueSatisfying(detail -> assertThat(detail).startsWith("SMTP 550").contains("user unknown"));
    }

    @Test
    void temporaryRecipientRefusalIsNotABounce() throws Exception {
        assertThat(SmtpRejections.permanentRecipientFailure(refusedRecipient(452, "4.2.2 mailbox full"))).isEmpty();
    }

    @Test
    void refusedSenderOrBrokenConnectionIsNotTheSubscribersFault() throws Exception {
        SMTPSenderFailedException sender = new SMTPSenderFailedException(new InternetAddress("alerts@localnews.example"),
                "MAIL FROM", 550, "550 5.7.1 relay denied");
        assertThat(SmtpRejections.permanentRecipientFailure(new MailSendException("refused", sender))).isEmpty();
        assertThat(SmtpRejections.permanentRecipientFailure(new MailSendException("down",
                new MessagingException("connection refused")))).isEmpty();
    }
}
