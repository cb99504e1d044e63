-- Proposals (提案): the proposal itself (its state lives in its workflow case, wf_cases), its signers,
-- the handling units it is assigned to, replies and co-handlers' opinions, contacts with the proposer,
-- chases, deadline extensions, proposers' feedback, numbering counters, key-proposal supervision and
-- the yearly evaluation of handling units.

CREATE TABLE proposals (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    term_id INTEGER NOT NULL REFERENCES terms(id),
    case_id INTEGER REFERENCES wf_cases(id),
    year INTEGER NOT NULL,
    session INTEGER,
    kind TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('plenary', 'regular')),
    source TEXT NOT NULL CHECK (source IN ('member', 'party', 'special_committee', 'sector_group')),
    org_name TEXT NOT NULL DEFAULT '',
    body_id INTEGER REFERENCES bodies(id),
    sector_id INTEGER REFERENCES sectors(id),
    lead_member_id INTEGER REFERENCES members(id),
    title TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    number_seq INTEGER,
    number TEXT,
    merged_into_id INTEGER REFERENCES proposals(id),
    reject_ground TEXT NOT NULL DEFAULT '',
    converted_to TEXT NOT NULL DEFAULT '',
    review_note TEXT NOT NULL DEFAULT '',
    submitted_at TEXT,
    accepted_at TEXT,
    assigned_at TEXT,
    handling_due TEXT,
    replied_at TEXT,
    reply_class TEXT NOT NULL DEFAULT '',
    rehandled INTEGER NOT NULL DEFAULT 0,
    closed_at TEXT,
    is_key INTEGER NOT NULL DEFAULT 0,
    key_leaders TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (committee_id, term_id, session, number_seq)
);
CREATE INDEX proposals_list ON proposals(committee_id, year, id);
CREATE INDEX proposals_case ON proposals(case_id);
CREATE INDEX proposals_merged ON proposals(merged_into_id);
CREATE INDEX proposals_lead ON proposals(lead_member_id);

CREATE TABLE proposal_signers (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    member_id INTEGER NOT NULL REFERENCES members(id),
    role TEXT NOT NULL CHECK (role IN ('lead', 'cosigner')),
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'invited', 'declined', 'expired')),
    invited_at TEXT NOT NULL,
    responded_at TEXT,
    UNIQUE (proposal_id, member_id)
);
CREATE INDEX proposal_signers_member ON proposal_signers(member_id, proposal_id);

CREATE TABLE proposal_units (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    role TEXT NOT NULL CHECK (role IN ('lead', 'co', 'split')),
    active INTEGER NOT NULL DEFAULT 1,
    assigned_at TEXT NOT NULL,
    signed_at TEXT,
    objection TEXT NOT NULL DEFAULT '',
    objected_at TEXT,
    ended_at TEXT
);
CREATE INDEX proposal_units_proposal ON proposal_units(proposal_id, active);
CREATE INDEX proposal_units_unit ON proposal_units(unit_id, active);

-- kind reply: a handling unit's answer (class A/B/C or A/B/C/D); kind opinion: a co-handler's opinion
-- to the lead unit (会办意见). round 0 is the first handling, 1 the re-handling.
CREATE TABLE proposal_replies (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    kind TEXT NOT NULL CHECK (kind IN ('reply', 'opinion')),
    round INTEGER NOT NULL DEFAULT 0,
    reply_class TEXT NOT NULL DEFAULT '',
    reviewed_class TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    returned INTEGER NOT NULL DEFAULT 0,
    written_by INTEGER REFERENCES users(id),
    written_at TEXT NOT NULL
);
CREATE INDEX proposal_replies_proposal ON proposal_replies(proposal_id, round);
CREATE INDEX proposal_replies_unit ON proposal_replies(unit_id, kind);

CREATE TABLE proposal_contacts (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    form TEXT NOT NULL CHECK (form IN ('面商', '电话', '座谈', '书面')),
    contact_date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    written_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX proposal_contacts_proposal ON proposal_contacts(proposal_id);

CREATE TABLE proposal_chases (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    unit_id INTEGER REFERENCES units(id),
    note TEXT NOT NULL DEFAULT '',
    chased_by INTEGER REFERENCES users(id),
    chased_at TEXT NOT NULL
);
CREATE INDEX proposal_chases_proposal ON proposal_chases(proposal_id);

CREATE TABLE proposal_extensions (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    days INTEGER NOT NULL CHECK (days > 0),
    reason TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    requested_by INTEGER REFERENCES users(id),
    requested_at TEXT NOT NULL,
    decided_by INTEGER REFERENCES users(id),
    decided_at TEXT,
    note TEXT NOT NULL DEFAULT '',
    new_due TEXT
);
CREATE INDEX proposal_extensions_proposal ON proposal_extensions(proposal_id, status);

-- One rating per proposal (its lead proposer, or the organisation) and round; for a merged proposal the
-- rating is about the case it was merged into (case_proposal_id).
CREATE TABLE proposal_feedback (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    case_proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    round INTEGER NOT NULL DEFAULT 0,
    work TEXT NOT NULL CHECK (work IN ('满意', '基本满意', '不满意')),
    result TEXT NOT NULL CHECK (result IN ('满意', '基本满意', '不满意')),
    comment TEXT NOT NULL DEFAULT '',
    on_paper INTEGER NOT NULL DEFAULT 0,
    written_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    UNIQUE (proposal_id, round)
);
CREATE INDEX proposal_feedback_case ON proposal_feedback(case_proposal_id, round);

CREATE TABLE proposal_counters (
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    term_id INTEGER NOT NULL REFERENCES terms(id),
    session INTEGER NOT NULL,
    last INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (committee_id, term_id, session)
);

-- Supervision (督办): notes on key proposals by their leading leaders or staff, concentrated campaigns
-- (集中督办) and the "回头看" review.
CREATE TABLE supervision_campaigns (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    year INTEGER NOT NULL,
    name TEXT NOT NULL,
    held_on TEXT NOT NULL,
    leaders TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX supervision_campaigns_year ON supervision_campaigns(committee_id, year);

CREATE TABLE supervision_campaign_proposals (
    campaign_id INTEGER NOT NULL REFERENCES supervision_campaigns(id),
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    PRIMARY KEY (campaign_id, proposal_id)
);

CREATE TABLE supervision_notes (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    kind TEXT NOT NULL CHECK (kind IN ('note', 'review')),
    text TEXT NOT NULL,
    written_by INTEGER REFERENCES users(id),
    author_name TEXT NOT NULL DEFAULT '',
    written_on TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX supervision_notes_proposal ON supervision_notes(proposal_id);

-- Manual scores from the yearly evaluation meeting (民主评议); the computed parts come from the cases.
CREATE TABLE unit_evaluations (
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    year INTEGER NOT NULL,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    manual_score REAL NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    updated_by INTEGER REFERENCES users(id),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (committee_id, year, unit_id)
);
