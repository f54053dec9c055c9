package th.localnews.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.chrono.ThaiBuddhistDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import th.localnews.events.ArticlePublished;
import th.localnews.notification.NotificationIntegrationTest;
import th.localnews.notification.Stories;

/** E-mail alerts with double opt-in, against a real SMTP server (GreenMail). */
class EmailAlertIT extends NotificationIntegrationTest {

    private static final Pattern LINK = Pattern.compile("https://localnews\\.example(/api/\\S+)");

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
            try {
                return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<String> parts(Part part, String type) throws Exception {
        List<String> found = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                found.addAll(parts(multipart.getBodyPart(i), type));
            }
        } else if (part.isMimeType(type)) {
            found.add((String) part.getContent());
        }
        return found;
    }

    private static String localPath(String text) {
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("a link in: " + text).isTrue();
        return matcher.group(1);
    }

    @Test
    void alertsOnlyAfterTheAddressIsConfirmedInThaiWithOneClickUnsubscribe() throws Exception {
        String tag = "tag-" + UUID.randomUUID();
        String address = "reader-" + UUID.randomUUID() + "@example.org";
        Map<String, Object> created = subscribe("{\"channel\": \"email\", \"email\": \"" + address + "\", "
                + "\"interests\": {\"tags\": [\"" + tag + "\"]}}");
        assertThat(created.get("status")).isEqualTo("pending");
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() == 1);
        String confirmation = parts(mailsTo(address).get(0), "text/plain").get(0);

        ArticlePublished beforeConfirming = Stories.story(newArticleId()).tags(tag).title("ข่าวก่อนยืนยันอีเมล").published();
        publish(beforeConfirming);
        awaitHandled(beforeConfirming);
        assertThat(send("GET", localPath(confirmation), null, null).statusCode()).isEqualTo(200);
        ArticlePublished afterConfirming = Stories.story(newArticleId()).tags(tag).title("ข่าวหลังยืนยันอีเมล").breaking()
                .published();
        publish(afterConfirming);

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() == 2);
        MimeMessage alert = mailsTo(address).get(1);
        assertThat(alert.getSubject()).isEqualTo("ข่าวด่วน: ข่าวหลังยืนยันอีเมล");
        String text = parts(alert, "text/plain").get(0);
        String html = parts(alert, "text/html").get(0);
        String buddhistYear = Integer.toString(ThaiBuddhistDate.now(ZoneId.of("Asia/Bangkok"))
                .get(java.time.temporal.ChronoField.YEAR_OF_ERA));
        assertThat(text).contains("ข่าวหลังยืนยันอีเมล").contains(buddhistYear).doesNotContain("ข่าวก่อนยืนยันอีเมล");
        assertThat(html).contains("<html lang=\"th\">").contains("อ่านต่อ").contains(buddhistYear);
        assertThat(alert.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String unsubscribe = alert.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).startsWith("<https://localnews.example/api/unsubscribe?token=");

        assertThat(send("POST", localPath(unsubscribe.replaceAll("[<>]", "")), "List-Unsubscribe=One-Click", null)
                .statusCode()).isEqualTo(204);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM subscription WHERE id = ?::uuid", Integer.class,
                created.get("id"))).isZero();
    }
}
