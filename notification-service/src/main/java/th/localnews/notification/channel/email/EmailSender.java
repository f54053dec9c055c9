package th.localnews.notification.channel.email;

import java.util.Map;

import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import th.localnews.notification.NotificationProperties;
import th.localnews.notification.channel.Alert;
import th.localnews.notification.channel.AlertSender;
import th.localnews.notification.channel.SendResult;
import th.localnews.notification.subscription.Channel;
import th.localnews.notification.subscription.Subscription;

/** A Thai alert mail, text and HTML, with RFC 8058 one-click unsubscribe headers. */
@Component
class EmailSender implements AlertSender {

    private final JavaMailSender mail;
    private final MailLinks links;
    private final InternetAddress from;

    EmailSender(JavaMailSender mail, MailLinks links, NotificationProperties properties) {
        this.mail = mail;
        this.links = links;
        this.from = Senders.parse(properties.email().from());
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public SendResult send(Subscription subscription, Alert alert, String deliveryId, Map<String, String> traceHeaders) {
        try {
            mail.send(message(subscription, alert, deliveryId));
            return new SendResult(SendResult.Outcome.DELIVERED, 250, null, null);
        } catch (MailParseException | MailPreparationException e) {
            return SendResult.rejected(e.getClass().getSimpleName());
        } catch (MailSendException e) {
            return SmtpRejections.permanentRecipientFailure(e)
                    .map(bounce -> new SendResult(SendResult.Outcome.GONE, 0, null, bounce))
                    .orElseGet(() -> SendResult.failed(e));
        } catch (MailException e) {
            return SendResult.failed(e);
        } catch (MessagingException e) {
            return SendResult.rejected(e.getClass().getSimpleName());
        }
    }

    private MimeMessage message(Subscription subscription, Alert alert, String deliveryId) throws MessagingException {
        String unsubscribe = links.unsubscribe(subscription.unsubscribeToken());
        String date = ThaiDates.format(alert.publishedAt());
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(subscription.target());
        helper.setSubject((alert.breaking() ? "ข่าวด่วน: " : "") + alert.title());
        helper.setText(text(alert, date, unsubscribe), html(alert, date, unsubscribe));
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        // lets a mail system (and a person reading headers) recognise a resend of the same alert
        message.setHeader("X-Localnews-Delivery-Id", deliveryId);
        return message;
    }

    private static String text(Alert alert, String date, String unsubscribe) {
        return alert.title() + "\n\n" + alert.summary() + "\n\nเผยแพร่เมื่อ " + date + "\nอ่านต่อ: " + alert.url()
                + "\n\n--\nยกเลิกการรับข่าวทางอีเมล: " + unsubscribe + "\n";
    }

    private static String html(Alert alert, String date, String unsubscribe) {
        return "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"UTF-8\"></head><body>"
                + "<h1><a href=\"" + escape(alert.url()) + "\">" + escape(alert.title()) + "</a></h1>"
                + "<p>" + escape(alert.summary()) + "</p>"
                + "<p><small>เผยแพร่เมื่อ " + escape(date) + "</small></p>"
                + "<p><a href=\"" + escape(alert.url()) + "\">อ่านต่อ</a></p>"
                + "<hr><p><small><a href=\"" + escape(unsubscribe) + "\">ยกเลิกการรับข่าวทางอีเมล</a></small></p>"
                + "</body></html>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
