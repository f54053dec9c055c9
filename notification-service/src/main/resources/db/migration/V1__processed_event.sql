-- Consumer idempotency: a handler inserts the event id in the same transaction as its effect, so a
-- redelivered event finds its id here and is skipped. The CloudEvents id is a string, hence text.
CREATE TABLE processed_event (
    event_id      text        PRIMARY KEY,
    processed_at  timestamptz NOT NULL DEFAULT now()
);
