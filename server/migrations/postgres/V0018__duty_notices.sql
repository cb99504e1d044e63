-- Notices to members whose duty performance falls short (提醒谈话通知) and advice to resign after repeated
-- unexcused absence (劝辞建议): issued by staff to the members the year's rules make due one (domains/duty
-- computes who), with the reasons in numbers as they stood when issued. A talk is then recorded on the notice
-- (谈话), or the notice is withdrawn. One notice of a kind per member and year, unless withdrawn.
CREATE TABLE duty_notices (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id BIGINT NOT NULL REFERENCES committees(id),
    year INTEGER NOT NULL,
    member_id BIGINT NOT NULL REFERENCES members(id),
    kind TEXT NOT NULL CHECK (kind IN ('reminder', 'resign')),
    reasons TEXT NOT NULL,               -- JSON snapshot: score, grade, missing five-ones, absences
    status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'talked', 'withdrawn')),
    issued_by BIGINT REFERENCES users(id),
    issued_by_name TEXT NOT NULL DEFAULT '',
    issued_at TEXT NOT NULL,
    talked_on TEXT NOT NULL DEFAULT '',  -- YYYY-MM-DD
    talked_by TEXT NOT NULL DEFAULT '',  -- who talked with the member
    talk_note TEXT NOT NULL DEFAULT '',
    member_response TEXT NOT NULL DEFAULT '',
    talk_recorded_by BIGINT REFERENCES users(id),
    withdrawn_reason TEXT NOT NULL DEFAULT '',
    withdrawn_by BIGINT REFERENCES users(id),
    withdrawn_at TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX duty_notices_one ON duty_notices (committee_id, year, member_id, kind) WHERE status <> 'withdrawn';
CREATE INDEX duty_notices_year ON duty_notices (committee_id, year, id);
CREATE INDEX duty_notices_member ON duty_notices (committee_id, member_id, id);
