-- the backlog gauge counts only rows still waiting; the partial index keeps that count off the delivered bulk
CREATE INDEX delivery_backlog ON delivery (status) WHERE status IN ('sending', 'deferred');
