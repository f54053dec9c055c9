package th.localnews.notification.dispatch;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import th.localnews.notification.channel.Alert;

/** A dispatch record as read: the alert and the record it came in (its trace headers, its JSON for dead letters). */
record PlannedAlert(Alert alert, ConsumerRecord<String, String> record) {

    String alertJson() {
        return record.value();
    }
}
