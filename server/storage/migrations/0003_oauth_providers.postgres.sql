-- Schema 3: sign-in providers (GitHub, GitLab, any OpenID Connect issuer).
-- The client secret is sealed with the server's secrets key, never stored in clear.
CREATE TABLE oauth_providers (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL CHECK (type IN ('github', 'gitlab', 'oidc')),
    client_id TEXT NOT NULL,
    client_secret_sealed TEXT NOT NULL,
    issuer TEXT NOT NULL DEFAULT '',
    authorize_url TEXT NOT NULL DEFAULT '',
    token_url TEXT NOT NULL DEFAULT '',
    userinfo_url TEXT NOT NULL DEFAULT '',
    scopes TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
