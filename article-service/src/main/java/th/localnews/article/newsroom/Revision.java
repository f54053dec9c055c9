package th.localnews.article.newsroom;

import java.time.Instant;
import java.util.UUID;

import th.localnews.events.ArticleSnapshot;

/** One change readers saw: the event's type and id, and the whole story as it then was. */
record Revision(int revision, long version, String eventType, UUID eventId, Instant recordedAt, String recordedBy,
        ArticleSnapshot article) {
}
