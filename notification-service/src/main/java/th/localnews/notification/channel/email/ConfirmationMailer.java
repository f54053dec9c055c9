package th.localnews.notification.channel.email;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import th.localnews.notification.NotificationProperties;

/** The double opt-in mail: nothing is sent to an address until its owner follows this link. */
@Component
public class ConfirmationMailer {

    private final JavaMailSender mail;
    private final MailLinks links;
    private final InternetAddress from;

    ConfirmationMailer(JavaMailSender mail, MailLinks links, NotificationProperties properties) {
        this.mail = mail;
        this.links = links;
        this.from = Senders.parse(properties.email().from());
    }

    /** @throws MailException if the mail server did not take the message */
    public void send(String address, String confirmToken) {
        String link = links.confirm(confirmToken);
        String text = "กรุณายืนยันการสมัครรับข่าวแจ้งเตือนทางอีเมลโดยเปิดลิงก์นี้\n" + link
                + "\n\nหากคุณไม่ได้สมัคร ไม่ต้องทำอะไร เราจะไม่ส่งอีเมลถึงคุณอีก";
        String html = "<p>กรุณายืนยันการสมัครรับข่าวแจ้งเตือนทางอีเมล</p><p><a href=\"" + HtmlUtils.htmlEscape(link)
                + "\">ยืนยันการสมัคร</a></p><p>หากคุณไม่ได้สมัคร ไม่ต้องทำอะไร เราจะไม่ส่งอีเมลถึงคุณอีก</p>";
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(address);
            helper.setSubject("ยืนยันการรับข่าวแจ้งเตือนทางอีเมล");
            helper.setText(text, html);
            mail.send(message);
        } catch (MessagingException e) {
            throw new org.springframework.mail.MailPreparationException("cannot build the confirmation mail", e);
        }
    }
}
