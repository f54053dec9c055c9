-- Double opt-in: an e-mail subscription stays 'pending' until the link with this token is followed.
ALTER TABLE subscription ADD COLUMN confirm_token_hash bytea UNIQUE;
-- The RFC 8058 one-click link in every alert mail. Kept in clear because each mail must carry it; it can
-- only unsubscribe, unlike the manage token, which is stored hashed.
ALTER TABLE subscription ADD COLUMN unsubscribe_token text UNIQUE;
