package th.localnews.notification;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import th.localnews.notification.channel.webpush.VapidProperties;
import th.localnews.notification.outbound.AlertHttpClient;
import th.localnews.notification.outbound.OutboundUrlGuard;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({ NotificationProperties.class, VapidProperties.class })
class NotificationConfiguration {

    @Bean
    OutboundUrlGuard outboundUrlGuard(NotificationProperties properties) {
        return new OutboundUrlGuard(properties.allowLoopbackHttp());
    }

    /** One client for every outbound alert: it keeps connections to the few big push services alive. */
    @Bean(destroyMethod = "close")
    AlertHttpClient alertHttpClient(OutboundUrlGuard guard, NotificationProperties properties) {
        return new AlertHttpClient(guard, properties.dispatch().requestTimeout(), properties.dispatch().concurrency());
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
