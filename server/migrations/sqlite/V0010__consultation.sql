-- Social-conditions information (社情民意): members' reports with the original and the edited text, who
-- submitted each (a merged report keeps every submitter), adoptions by level and leaders' instructions, and
-- the committee's length limit and scoring table. Consultation (协商): topics moving through the
-- consultation_topic workflow (委员征题 → 部门荐题 → 领导点题 → 政协选题 → 市委定题) into the annual plan,
-- consultation activities by form, and democratic supervision (民主监督) items by mode; the people of an
-- activity or an item and its entries (speeches, reports, visits, letters, follow-ups) are shared tables.

CREATE TABLE info_settings (
    committee_id INTEGER PRIMARY KEY REFERENCES committees(id),
    max_chars INTEGER NOT NULL DEFAULT 1500 CHECK (max_chars BETWEEN 100 AND 20000),
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
);

CREATE TABLE info_score_rules (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    level TEXT NOT NULL CHECK (level IN ('committee', 'city', 'province', 'national', 'instruction')),
    points INTEGER NOT NULL CHECK (points >= 0),
    updated_at TEXT NOT NULL,
    UNIQUE (committee_id, level)
);

CREATE TABLE info_items (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    year INTEGER NOT NULL,
    title TEXT NOT NULL,
    original_title TEXT NOT NULL,
    original_text TEXT NOT NULL,
    text TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'submitted' CHECK (state IN ('submitted', 'selected', 'adopted', 'merged')),
    analysis TEXT NOT NULL DEFAULT '',
    merged_into INTEGER REFERENCES info_items(id),
    submitted_on TEXT NOT NULL,
    submitted_by INTEGER REFERENCES users(id),
    edited_by INTEGER REFERENCES users(id),
    edited_at TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX info_items_year ON info_items(committee_id, year, state);

CREATE TABLE info_submitters (
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    item_id INTEGER NOT NULL REFERENCES info_items(id),
    member_id INTEGER NOT NULL REFERENCES members(id),
    original_item_id INTEGER NOT NULL REFERENCES info_items(id),
    PRIMARY KEY (item_id, member_id)
);
CREATE INDEX info_submitters_member ON info_submitters(committee_id, member_id);

CREATE TABLE info_adoptions (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    item_id INTEGER NOT NULL REFERENCES info_items(id),
    level TEXT NOT NULL CHECK (level IN ('committee', 'city', 'province', 'national')),
    outlet TEXT NOT NULL DEFAULT '',
    adopted_on TEXT NOT NULL,
    points INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    UNIQUE (item_id, level)
);
CREATE INDEX info_adoptions_date ON info_adoptions(committee_id, adopted_on);

CREATE TABLE info_instructions (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    item_id INTEGER NOT NULL REFERENCES info_items(id),
    leader TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('local', 'city', 'province', 'national')),
    text TEXT NOT NULL,
    instructed_on TEXT NOT NULL,
    points INTEGER NOT NULL,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX info_instructions_item ON info_instructions(item_id);

CREATE TABLE consultation_topics (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    year INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    case_id INTEGER REFERENCES wf_cases(id),
    member_id INTEGER REFERENCES members(id),
    unit_id INTEGER REFERENCES units(id),
    form TEXT,
    planned_month TEXT,
    lead_body_id INTEGER REFERENCES bodies(id),
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX consultation_topics_year ON consultation_topics(committee_id, year);

CREATE TABLE consultation_activities (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    form TEXT NOT NULL CHECK (form IN ('plenary', 'standing', 'counterpart', 'sector', 'proposal', 'grassroots')),
    title TEXT NOT NULL,
    topic_id INTEGER REFERENCES consultation_topics(id),
    held_on TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX consultation_activities_date ON consultation_activities(committee_id, held_on);

CREATE TABLE supervision_items (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    mode TEXT NOT NULL CHECK (mode IN ('stationed', 'special', 'joint', 'follow_up')),
    subject TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    findings TEXT NOT NULL DEFAULT '',
    started_on TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX supervision_items_date ON supervision_items(committee_id, started_on);

-- Who took part in an activity (members, departments, invited leaders) or an item's team and the departments
-- it supervises.
CREATE TABLE consultation_people (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    owner_type TEXT NOT NULL CHECK (owner_type IN ('activity', 'supervision')),
    owner_id INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('member', 'department', 'leader')),
    member_id INTEGER REFERENCES members(id),
    unit_id INTEGER REFERENCES units(id),
    name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consultation_people_owner ON consultation_people(committee_id, owner_type, owner_id);

-- Speeches and output reports of an activity; visits, recommendation letters and follow-ups of an item.
CREATE TABLE consultation_entries (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    owner_type TEXT NOT NULL CHECK (owner_type IN ('activity', 'supervision')),
    owner_id INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('speech', 'report', 'visit', 'letter', 'follow_up')),
    entry_date TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    member_id INTEGER REFERENCES members(id),
    person TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX consultation_entries_owner ON consultation_entries(committee_id, owner_type, owner_id, kind);
