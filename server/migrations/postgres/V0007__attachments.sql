-- Files attached to records (a proposal's text, a unit's signed reply letter …). The bytes live in the
-- database (base64), so every server instance behind a load balancer serves them and a backup holds them.
CREATE TABLE attachments (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id BIGINT NOT NULL REFERENCES committees(id),
    owner_kind TEXT NOT NULL,      -- proposal …
    owner_id BIGINT NOT NULL,
    role TEXT NOT NULL,            -- who attached it, as the owner sees it: proposer, unit, staff
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,    -- from the bytes, never from the name
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    content TEXT NOT NULL,         -- base64
    uploaded_by BIGINT REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX attachments_owner ON attachments (committee_id, owner_kind, owner_id);
