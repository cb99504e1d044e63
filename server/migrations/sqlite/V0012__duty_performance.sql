-- Members' duty performance (委员履职): the rules that score the duty records (V0008), the scores they give,
-- and the duties members report themselves for staff to approve.
--
-- The rules of a committee and year: points per kind, yearly caps, how joint proposals split, the absence
-- penalty, the base score, the grade bands and the "五个一" requirement set, as one JSON document that is
-- edited as a whole (optimistic version). A year without a row is scored by the default rules.
CREATE TABLE duty_rules (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    year INTEGER NOT NULL,
    rules TEXT NOT NULL,               -- JSON, domains/duty/rules.hpp
    version INTEGER NOT NULL DEFAULT 1,
    updated_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (committee_id, year)
);

-- One row per member and year: what the rules made of the member's confirmed records when last computed.
CREATE TABLE duty_scores (
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    year INTEGER NOT NULL,
    member_id INTEGER NOT NULL REFERENCES members(id),
    total REAL NOT NULL,
    grade TEXT NOT NULL,
    ranking INTEGER NOT NULL,          -- in the committee: 1 = highest total, ties share a rank
    five_ones_met INTEGER NOT NULL,
    five_ones_total INTEGER NOT NULL,
    five_ones_missing TEXT NOT NULL DEFAULT '[]',  -- JSON: codes of the requirements not met
    points TEXT NOT NULL DEFAULT '{}',             -- JSON: kind → {count, points}
    computed_at TEXT NOT NULL,
    PRIMARY KEY (committee_id, year, member_id)
);
CREATE INDEX duty_scores_rank ON duty_scores (committee_id, year, ranking);

-- Whether a committee-year's scores are current: services/duty bumps `changes` with every record written or
-- retracted; a recomputation stores the count it saw in `computed_changes`.
CREATE TABLE duty_score_state (
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    year INTEGER NOT NULL,
    changes INTEGER NOT NULL DEFAULT 0,
    computed_changes INTEGER,          -- NULL: never computed
    computed_at TEXT,
    PRIMARY KEY (committee_id, year)
);

-- Duties a member reports themselves (其他履职): a description, the date and an evidence attachment; staff
-- confirm or reject them. Each report is also a duty record (source_type self_report), pending until decided.
CREATE TABLE duty_reports (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    member_id INTEGER NOT NULL REFERENCES members(id),
    kind TEXT NOT NULL,
    occurred_on TEXT NOT NULL,         -- YYYY-MM-DD
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'pending',  -- pending | confirmed | rejected
    reason TEXT NOT NULL DEFAULT '',   -- why it was rejected
    reported_by INTEGER REFERENCES users(id),
    reviewed_by INTEGER REFERENCES users(id),
    reviewed_at TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX duty_reports_status ON duty_reports (committee_id, status, id);
CREATE INDEX duty_reports_member ON duty_reports (committee_id, member_id, occurred_on);

-- The scoring pass reads a committee-year's records from this index alone (no table rows).
CREATE INDEX duty_records_scoring ON duty_records (committee_id, year, status, member_id, kind, source_type, share);
