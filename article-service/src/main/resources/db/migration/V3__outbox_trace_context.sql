-- The trace context (W3C traceparent, tracestate) of the request that caused the change, so the relay, which
-- sends from its own thread later, sends the record as a child of that request and one trace runs from the
-- editor's publish to the readers and subscribers. NULL when the change had no trace (a migration, a script).
ALTER TABLE outbox_event ADD COLUMN trace_context jsonb;
