package th.localnews.notification;

import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import th.localnews.notification.channel.webpush.VapidProperties;
import th.localnews.notification.outbound.OutboundUrlGuard;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({ NotificationProperties.class, VapidProperties.class })
class NotificationConfiguration {

    @Bean
    OutboundUrlGuard outboundUrlGuard(NotificationProperties properties) {
        return new OutboundUrlGuard(properties.allowLoopbackHttp());
    }

    /**
     * One client for every outbound alert: it keeps connections to the few big push services alive. Redirects
     * are never followed, since a redirect could lead past the SSRF guard to an inner address.
     */
    @Bean(destroyMethod = "")
    HttpClient alertHttpClient(NotificationProperties properties) {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.dispatch().requestTimeout())
                .build();
    }

    /** Plans one story's alerts in slices side by side (DispatchPlanner); stories are planned one at a time. */
    @Bean(destroyMethod = "shutdown")
    ExecutorService planningExecutor(NotificationProperties properties) {
        return Executors.newFixedThreadPool(properties.dispatch().planners());
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService deliveryExecutor(NotificationProperties properties) {
        return Executors.newFixedThreadPool(properties.dispatch().concurrency());
    }
}
