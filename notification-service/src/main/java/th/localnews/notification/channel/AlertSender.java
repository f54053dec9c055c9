package th.localnews.notification.channel;

import th.localnews.notification.subscription.Channel;
import th.localnews.notification.subscription.Subscription;

/** Sends one alert over one channel, once; retrying is the caller's business. */
public interface AlertSender {

    Channel channel();

    /**
     * @param deliveryId the same for every attempt at this (subscription, story): receivers dedupe on it
     */
    SendResult send(Subscription subscription, Alert alert, String deliveryId);
}
