package th.localnews.notification.subscription;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import th.localnews.events.taxonomy.Provinces;
import th.localnews.notification.channel.webpush.EcP256;
import th.localnews.notification.outbound.ForbiddenTargetException;
import th.localnews.notification.outbound.OutboundUrlGuard;

/** Turns a request into a valid new subscription or a 400 problem naming the field; nothing is stored before. */
@org.springframework.stereotype.Component
class SubscriptionValidator {

    private static final int MAX_ITEMS = 20;
    private static final int MAX_TEXT = 100;
    private static final Pattern SECTION = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");
    /**
     * A local part without spaces, brackets or separators (and no leading, trailing or doubled dot) at a host name
     * whose labels are letters, digits and inner hyphens: what a mail server would also take, so a sign-up never
     * fails only when its confirmation mail is being prepared.
     */
    private static final Pattern EMAIL = Pattern.compile("^(?!\\.)(?!.*\\.\\.)[^\\s@<>()\\[\\],;:\"]{1,64}(?<!\\.)@"
            + "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}$");

    record NewSubscription(Channel channel, String target, String pushP256dh, String pushAuth, Interests interests,
            QuietHours quietHours) {
    }

    private final OutboundUrlGuard guard;

    SubscriptionValidator(OutboundUrlGuard guard) {
        this.guard = guard;
    }

    NewSubscription validate(SubscribeRequest request) {
        if (request == null) {
            throw SubscriptionProblems.invalid("", "a JSON body is required");
        }
        Channel channel = Channel.fromWireName(request.channel()).orElseThrow(() ->
                SubscriptionProblems.invalid("channel", "channel must be one of webhook, webpush, email"));
        Interests interests = interests(request.interests());
        QuietHours quiet = quietHours(request.quietHours());
        switch (channel) {
            case WEBHOOK:
                return new NewSubscription(channel, url("url", request.url()), null, null, interests, quiet);
            case WEBPUSH:
                return push(request.subscription(), interests, quiet);
            default:
                return new NewSubscription(channel, email(request.email()), null, null, interests, quiet);
        }
    }

    private static QuietHours quietHours(SubscribeRequest.QuietHoursRequest request) {
        if (request == null) {
            return null;
        }
        try {
            return new QuietHours(LocalTime.parse(request.start()), LocalTime.parse(request.end()));
        } catch (DateTimeParseException | NullPointerException e) {
            throw SubscriptionProblems.invalid("quietHours", "quietHours needs start and end as HH:mm, e.g. 22:00 and 07:00");
        }
    }

    private NewSubscription push(SubscribeRequest.PushSubscription push, Interests interests, QuietHours quiet) {
        if (push == null || push.keys() == null) {
            throw SubscriptionProblems.invalid("subscription", "a push subscription with endpoint and keys is required");
        }
        String endpoint = url("subscription.endpoint", push.endpoint());
        byte[] p256dh = decode("subscription.keys.p256dh", push.keys().p256dh());
        try {
            EcP256.publicKey(p256dh);
        } catch (IllegalArgumentException e) {
            throw SubscriptionProblems.invalid("subscription.keys.p256dh", "p256dh must be an uncompressed P-256 point: "
                    + e.getMessage());
        }
        byte[] auth = decode("subscription.keys.auth", push.keys().auth());
        if (auth.length != 16) {
            throw SubscriptionProblems.invalid("subscription.keys.auth", "auth must be 16 bytes, base64url");
        }
        return new NewSubscription(Channel.WEBPUSH, endpoint, EcP256.base64Url(p256dh), EcP256.base64Url(auth), interests,
                quiet);
    }

    private String url(String field, String url) {
        try {
            return guard.check(url).toString();
        } catch (ForbiddenTargetException e) {
            throw SubscriptionProblems.invalid(field, e.getMessage());
        }
    }

    private static byte[] decode(String field, String value) {
        try {
            return EcP256.decodeBase64Url(value);
        } catch (IllegalArgumentException e) {
            throw SubscriptionProblems.invalid(field, field + " must be base64url");
        }
    }

    private static String email(String email) {
        if (email == null || email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            throw SubscriptionProblems.invalid("email", "a valid e-mail address is required");
        }
        return email.strip();
    }

    private static Interests interests(SubscribeRequest.InterestsRequest request) {
        if (request == null) {
            throw SubscriptionProblems.invalid("interests", "interests are required ({\"all\": true} for everything)");
        }
        List<String> sections = texts("interests.sections", request.sections());
        sections.replaceAll(section -> section.toLowerCase(Locale.ROOT));
        sections.stream().filter(section -> !SECTION.matcher(section).matches()).findFirst().ifPresent(bad -> {
            throw SubscriptionProblems.invalid("interests.sections", "not a section slug: " + bad);
        });
        List<String> provinces = texts("interests.provinces", request.provinces());
        provinces.replaceAll(code -> code.toUpperCase(Locale.ROOT));
        provinces.stream().filter(code -> !Provinces.isKnownArea(code)).findFirst().ifPresent(bad -> {
            throw SubscriptionProblems.invalid("interests.provinces", "unknown ISO 3166-2:TH code: " + bad);
        });
        Interests interests = new Interests(Boolean.TRUE.equals(request.all()), Boolean.TRUE.equals(request.breaking()),
                sections, provinces, texts("interests.tags", request.tags()),
                texts("interests.keywords", request.keywords()));
        if (interests.isEmpty()) {
            throw SubscriptionProblems.invalid("interests", "say what to be alerted about, or {\"all\": true}");
        }
        return interests;
    }

    private static List<String> texts(String field, List<String> values) {
        if (values == null) {
            return new ArrayList<>();
        }
        if (values.size() > MAX_ITEMS) {
            throw SubscriptionProblems.invalid(field, "at most " + MAX_ITEMS + " entries");
        }
        List<String> cleaned = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank() || value.strip().length() > MAX_TEXT) {
                throw SubscriptionProblems.invalid(field, "entries must be non-blank and at most " + MAX_TEXT
                        + " characters");
            }
            if (!cleaned.contains(value.strip())) {
                cleaned.add(value.strip());
            }
        }
        return cleaned;
    }
}
