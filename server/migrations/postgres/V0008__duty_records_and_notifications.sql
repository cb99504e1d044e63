-- Shared by every domain (services/duty, services/notify).
--
-- Duty records (履职记录): one row per member per thing they did (or missed) that counts towards their duty
-- performance. Domains write them in the same transaction as the act itself (a meeting sign-in, an accepted
-- proposal, an adopted piece of information…) through services/duty; the scoring rules read only this table.
-- A source (source_type, source_id) gives each member at most one record of a kind, so writing it again
-- updates it instead of counting twice.
CREATE TABLE duty_records (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id BIGINT NOT NULL REFERENCES committees(id),
    member_id BIGINT NOT NULL REFERENCES members(id),
    year INTEGER NOT NULL,
    occurred_on TEXT NOT NULL,         -- YYYY-MM-DD
    kind TEXT NOT NULL,                -- services/duty/duty_records.hpp lists the kinds
    source_type TEXT NOT NULL,         -- meeting, proposal, info, consultation, supervision, self_report …
    source_id BIGINT NOT NULL,
    title TEXT NOT NULL,
    share DOUBLE PRECISION NOT NULL DEFAULT 1,      -- a joint proposal's share for this member (1 = whole)
    status TEXT NOT NULL DEFAULT 'confirmed',  -- confirmed | pending | rejected (self-reported duties)
    detail TEXT NOT NULL DEFAULT '{}', -- JSON
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (committee_id, member_id, kind, source_type, source_id)
);
CREATE INDEX duty_records_year_member ON duty_records (committee_id, year, member_id);
CREATE INDEX duty_records_source ON duty_records (committee_id, source_type, source_id);

-- In-app notifications (站内消息): what a user is told (a meeting invitation, a deadline in 7 days, a case
-- waiting for them). Written by services/notify in the transaction of the act that causes them; a key makes
-- a reminder idempotent (the deadline job can run twice without telling anyone twice).
CREATE TABLE notifications (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id BIGINT NOT NULL REFERENCES committees(id),
    user_id BIGINT NOT NULL REFERENCES users(id),
    kind TEXT NOT NULL,                -- meeting_invited, proposal_deadline, task_overdue …
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',     -- a path in the web UI, e.g. /meetings/12
    dedup_key TEXT,                    -- NULL: always send; otherwise at most one per user and key
    created_at TEXT NOT NULL,
    read_at TEXT,
    UNIQUE (user_id, dedup_key)
);
CREATE INDEX notifications_inbox ON notifications (user_id, read_at, id);
