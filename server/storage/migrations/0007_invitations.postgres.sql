-- Schema 7: invitations to organisations. The code that accepts one is kept
-- only as a hash; an invitation is used once, revoked, or expires.
CREATE TABLE invitations (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'member')),
    code_hash TEXT NOT NULL UNIQUE,
    invited_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    accepted_at BIGINT,
    revoked_at BIGINT
);
CREATE INDEX invitations_organisation ON invitations(organisation_id, id);
CREATE INDEX invitations_email ON invitations(email);
