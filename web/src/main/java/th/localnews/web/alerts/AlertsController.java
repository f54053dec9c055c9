package th.localnews.web.alerts;

import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The alert sign-up page and the service worker that shows the pushes. */
@Controller
class AlertsController {

    private static final Resource SERVICE_WORKER = new ClassPathResource("service-worker/sw.js");

    @GetMapping("/alerts")
    String alerts() {
        return "alerts";
    }

    /**
     * Served from the root so its scope is the whole site, and never under a versioned URL: the browser must find
     * a new worker at the same address, so it revalidates every time.
     */
    @GetMapping("/sw.js")
    ResponseEntity<Resource> serviceWorker() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8")).body(SERVICE_WORKER);
    }
}
