-- Schema 5: signing in through a provider. An identity ties a provider's
-- subject to a local account. A login in progress and the one-time code
-- that finishes it are kept only as hashes of their secrets, and only briefly.
ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE oauth_providers ADD COLUMN link_by_email INTEGER NOT NULL DEFAULT 0;

CREATE TABLE user_identities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    provider_id INTEGER NOT NULL REFERENCES oauth_providers(id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    email TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    UNIQUE (provider_id, subject)
);
CREATE INDEX user_identities_user ON user_identities(user_id);

CREATE TABLE oauth_logins (
    state_hash TEXT PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES oauth_providers(id) ON DELETE CASCADE,
    code_verifier TEXT NOT NULL,
    nonce TEXT NOT NULL,
    client_redirect TEXT NOT NULL,
    client_challenge TEXT NOT NULL,
    client_state TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX oauth_logins_expires ON oauth_logins(expires_at);

CREATE TABLE oauth_codes (
    code_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    client_challenge TEXT NOT NULL,
    provider TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
