package th.localnews.notification.channel;

import java.util.Map;

import th.localnews.notification.subscription.Channel;
import th.localnews.notification.subscription.Subscription;

/** Sends one alert over one channel, once; retrying is the caller's business. */
public interface AlertSender {

    Channel channel();

    /**
     * @param deliveryId the same for every attempt at this (subscription, story): receivers dedupe on it
     * @param traceHeaders the trace to carry on to the receiver ({@code traceparent}, {@code tracestate}), for a
     *                     channel that carries one; empty when there is none
     */
    SendResult send(Subscription subscription, Alert alert, String deliveryId, Map<String, String> traceHeaders);
}
