-- Why a subscription was switched off, in words its owner can read through GET /api/subscriptions/{id}.
ALTER TABLE subscription ADD COLUMN disabled_reason text;
ALTER TABLE subscription ADD COLUMN disabled_at timestamptz;
-- The current run of failed deliveries (dead-lettered, rejected); any delivered alert resets both.
ALTER TABLE subscription ADD COLUMN failure_streak int NOT NULL DEFAULT 0;
ALTER TABLE subscription ADD COLUMN failing_since timestamptz;
-- The subscriber's own quiet hours (wall-clock times in the service's zone); NULL = the service default.
ALTER TABLE subscription ADD COLUMN quiet_start time;
ALTER TABLE subscription ADD COLUMN quiet_end time;

-- 'deferred': held back by the hourly cap or quiet hours, waiting for a digest; 'digested': went out in one.
ALTER TABLE delivery DROP CONSTRAINT delivery_status_check;
ALTER TABLE delivery ADD CONSTRAINT delivery_status_check
    CHECK (status IN ('sending', 'delivered', 'gone', 'failed', 'deferred', 'digested'));
-- the alert as planned, so the digest can list the story without asking another service
ALTER TABLE delivery ADD COLUMN deferred_alert text;
ALTER TABLE delivery ADD COLUMN digest_id uuid;
CREATE INDEX delivery_deferred ON delivery (subscription_id) WHERE status = 'deferred';
CREATE INDEX delivery_recent ON delivery (subscription_id, claimed_at);

-- One row per digest sent: the deferred rows move to it in the same transaction, so each held-back story is
-- listed in exactly one digest even when two instances run the digest job at once.
CREATE TABLE digest (
    id               uuid        PRIMARY KEY,
    subscription_id  uuid        NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    stories          int         NOT NULL,
    status           text        NOT NULL CHECK (status IN ('sending', 'delivered', 'failed')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz
);
CREATE INDEX digest_recent ON digest (subscription_id, created_at);
-- asynchronous bounce reports name the X-Localnews-Delivery-Id of the mail that bounced
CREATE INDEX delivery_delivery_id ON delivery (delivery_id);
