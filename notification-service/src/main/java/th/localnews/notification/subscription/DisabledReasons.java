package th.localnews.notification.subscription;

import java.time.Instant;

import th.localnews.notification.channel.email.ThaiDates;

/**
 * Why a subscription was switched off, in Thai first (the readers' language) and English after, so whoever
 * owns a webhook can read it through {@code GET /api/subscriptions/{id}} and fix the cause.
 */
public final class DisabledReasons {

    private DisabledReasons() {
    }

    public static String gone(String detail) {
        return "ปิดการแจ้งเตือนอัตโนมัติ: ปลายทางแจ้งว่าไม่รับการแจ้งเตือนนี้อีกแล้ว (" + detail + ")"
                + " / Disabled automatically: the endpoint said this subscription is gone (" + detail + ").";
    }

    public static String failing(int failures, Instant since, String lastDetail) {
        return "ปิดการแจ้งเตือนอัตโนมัติ: ปลายทางตอบกลับผิดพลาดต่อเนื่องตั้งแต่ " + ThaiDates.format(since)
                + " (" + failures + " ครั้ง ล่าสุด: " + lastDetail + ")"
                + " / Disabled automatically: the endpoint has failed every alert since " + since + " (" + failures
                + " in a row, last: " + lastDetail + ").";
    }

    public static String bounced(String detail) {
        return "ปิดการแจ้งเตือนทางอีเมลอัตโนมัติ: อีเมลตีกลับถาวร (" + detail + ")"
                + " / Disabled automatically: mail to this address bounced permanently (" + detail + ").";
    }
}
