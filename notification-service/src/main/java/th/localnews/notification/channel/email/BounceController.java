package th.localnews.notification.channel.email;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import th.localnews.notification.subscription.DisabledReasons;
import th.localnews.notification.subscription.SubscriptionRepository;

/**
 * Asynchronous bounces: a mail relay (or the small script reading the bounce mailbox) reports a hard bounce
 * that arrived after the SMTP conversation had accepted the mail. Internal: the gateway routes only
 * {@code /api/subscriptions/**} and {@code /api/unsubscribe} here, so this is reachable only inside the
 * cluster network.
 */
@RestController
class BounceController {

    /**
     * @param address    the address that bounced, or
     * @param deliveryId the {@code X-Localnews-Delivery-Id} of the bounced mail
     * @param reason     the DSN's diagnostic, e.g. {@code 5.1.1 user unknown}; optional
     */
    record BounceReport(String address, String deliveryId, String reason) {
    }

    private static final int MAX_REASON = 200;

    private final SubscriptionRepository subscriptions;

    BounceController(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping("/api/internal/bounces")
    Map<String, Object> bounce(@RequestBody(required = false) BounceReport report) {
        if (report == null || (blank(report.address()) && blank(report.deliveryId()))) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "a bounce report needs an address or a deliveryId");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        String reason = DisabledReasons.bounced(detail(report.reason()));
        int disabled = blank(report.address()) ? subscriptions.disableEmailByDelivery(report.deliveryId().strip(), reason)
                : subscriptions.disableEmail(report.address().strip(), reason);
        return Map.of("disabled", disabled);
    }

    private static String detail(String reason) {
        String text = blank(reason) ? "asynchronous bounce report" : reason.strip().replaceAll("\\s+", " ");
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
