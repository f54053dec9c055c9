-- A subscriber and what interests them. Interests live in arrays so the planner's prefilter is one indexed
-- query; keywords are matched in Java on segmented Thai text, which SQL cannot do.
CREATE TABLE subscription (
    id                 uuid        PRIMARY KEY,
    channel            text        NOT NULL CHECK (channel IN ('webhook', 'webpush', 'email')),
    -- webhook URL, push endpoint or e-mail address
    target             text        NOT NULL,
    push_p256dh        text,
    push_auth          text,
    -- needed in clear to sign every delivery; shown to the subscriber once, never returned again
    webhook_secret     text,
    -- SHA-256 of the manage token: a database leak does not hand out the power to unsubscribe people
    manage_token_hash  bytea       NOT NULL UNIQUE,
    interest_all       boolean     NOT NULL,
    interest_breaking  boolean     NOT NULL,
    sections           text[]      NOT NULL,
    provinces          text[]      NOT NULL,
    tags               text[]      NOT NULL,
    keywords           text[]      NOT NULL,
    status             text        NOT NULL CHECK (status IN ('pending', 'active', 'disabled')),
    created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX subscription_active_sections ON subscription USING gin (sections) WHERE status = 'active';
CREATE INDEX subscription_active_provinces ON subscription USING gin (provinces) WHERE status = 'active';
CREATE INDEX subscription_active_tags ON subscription USING gin (tags) WHERE status = 'active';

-- One row per subscriber and story: the claim is inserted before the alert goes out, so a second claim for
-- the same pair finds the row and, once it says delivered, sends nothing.
CREATE TABLE delivery (
    subscription_id  uuid        NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    article_id       bigint      NOT NULL,
    -- the webhook-id / idempotency key a receiver dedupes on; the same for every resend of this pair
    delivery_id      text        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('sending', 'delivered', 'gone', 'failed')),
    attempts         int         NOT NULL DEFAULT 0,
    claimed_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    PRIMARY KEY (subscription_id, article_id)
);
