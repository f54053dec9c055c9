-- Transactional outbox: an article change and the event it causes commit together; a relay publishes the
-- rows to Kafka after commit and stamps published_at. Delivery is at least once, consumers dedupe by id.
CREATE TABLE outbox_event (
    id            uuid        PRIMARY KEY,                          -- the CloudEvents id
    -- rows of one transaction share created_at (now() is the transaction's start); the relay orders by this
    sequence_no   bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    aggregate_id  text        NOT NULL,                             -- the article id
    event_type    text        NOT NULL,                             -- e.g. th.localnews.article.published
    topic         text        NOT NULL,
    record_key    text        NOT NULL,
    payload       jsonb       NOT NULL,
    headers       jsonb       NOT NULL DEFAULT '{}'::jsonb,         -- ce_* headers, name -> value
    created_at    timestamptz NOT NULL DEFAULT now(),
    published_at  timestamptz
);

-- the relay only ever looks for what is still to send; the partial index stays as small as that backlog
CREATE INDEX outbox_event_unpublished_idx ON outbox_event (sequence_no) WHERE published_at IS NULL;
