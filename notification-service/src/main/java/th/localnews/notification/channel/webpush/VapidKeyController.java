package th.localnews.notification.channel.webpush;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The key the web page needs for {@code pushManager.subscribe({applicationServerKey})}. */
@RestController
class VapidKeyController {

    private final VapidKeys keys;

    VapidKeyController(VapidKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/api/subscriptions/vapid-public-key")
    Map<String, String> publicKey() {
        return Map.of("publicKey", keys.publicKeyBase64Url());
    }
}
