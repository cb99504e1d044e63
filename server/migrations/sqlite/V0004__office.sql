-- Running the office (机关建设): the rules library with its versions, publicity articles and their rewards,
-- the "七封信" care letters, supervised tasks (cases of the supervision_task workflow), weekly and monthly
-- plans with the monthly notice, and the quarterly assessment with the annual result.

CREATE TABLE office_rules (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    title TEXT NOT NULL,
    category TEXT NOT NULL,
    doc_number TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'in_force' CHECK (status IN ('in_force', 'abolished')),
    abolished_on TEXT,
    abolish_reason TEXT NOT NULL DEFAULT '',
    sort INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX office_rules_committee ON office_rules(committee_id, category, sort);

CREATE TABLE office_rule_versions (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    rule_id INTEGER NOT NULL REFERENCES office_rules(id),
    number INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('establish', 'revise')),
    body TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    UNIQUE (rule_id, number)
);
CREATE INDEX office_rule_versions_committee ON office_rule_versions(committee_id, effective_from);

CREATE TABLE office_reward_rules (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    level TEXT NOT NULL CHECK (level IN ('central', 'provincial', 'city', 'county')),
    amount INTEGER NOT NULL CHECK (amount >= 0),
    updated_at TEXT NOT NULL,
    UNIQUE (committee_id, level)
);

CREATE TABLE office_articles (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    title TEXT NOT NULL,
    outlet TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('central', 'provincial', 'city', 'county')),
    published_on TEXT NOT NULL,
    link TEXT NOT NULL DEFAULT '',
    author_kind TEXT NOT NULL CHECK (author_kind IN ('staff', 'member')),
    author_id INTEGER NOT NULL,
    author_name TEXT NOT NULL,
    body_id INTEGER REFERENCES bodies(id),
    reward INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    flags TEXT NOT NULL DEFAULT '[]',
    version INTEGER NOT NULL DEFAULT 1,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX office_articles_date ON office_articles(committee_id, published_on);

CREATE TABLE office_letter_templates (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    UNIQUE (committee_id, kind)
);

CREATE TABLE office_care_events (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    kind TEXT NOT NULL CHECK (kind IN ('moving_house', 'child_wedding', 'childbirth', 'child_enlistment',
                                       'child_college', 'illness', 'death')),
    event_date TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    UNIQUE (committee_id, staff_id, kind, event_date)
);
CREATE INDEX office_care_events_date ON office_care_events(committee_id, event_date);

CREATE TABLE office_letters (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    kind TEXT NOT NULL,
    event_key TEXT NOT NULL,
    care_event_id INTEGER REFERENCES office_care_events(id),
    event_date TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    UNIQUE (committee_id, event_key)
);
CREATE INDEX office_letters_staff ON office_letters(committee_id, staff_id);

CREATE TABLE office_tasks (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    title TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    body_id INTEGER REFERENCES bodies(id),
    staff_id INTEGER REFERENCES staff(id),
    deadline TEXT NOT NULL,
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    completed_on TEXT,
    case_id INTEGER REFERENCES wf_cases(id),
    assigned_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX office_tasks_deadline ON office_tasks(committee_id, deadline);

CREATE TABLE office_plans (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    body_id INTEGER NOT NULL REFERENCES bodies(id),
    kind TEXT NOT NULL CHECK (kind IN ('week', 'month')),
    period TEXT NOT NULL,
    title TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    UNIQUE (committee_id, body_id, kind, period)
);

CREATE TABLE office_plan_items (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    plan_id INTEGER NOT NULL REFERENCES office_plans(id),
    seq INTEGER NOT NULL,
    content TEXT NOT NULL,
    owner_staff_id INTEGER REFERENCES staff(id),
    due_date TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'cancelled')),
    done_on TEXT,
    result TEXT NOT NULL DEFAULT '',
    supervision TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
);
CREATE INDEX office_plan_items_plan ON office_plan_items(plan_id, seq);
CREATE INDEX office_plan_items_due ON office_plan_items(committee_id, due_date);

CREATE TABLE office_notices (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    month TEXT NOT NULL,
    title TEXT NOT NULL,
    content TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    UNIQUE (committee_id, month)
);

CREATE TABLE office_score_sheets (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    name TEXT NOT NULL,
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('body', 'staff')),
    created_at TEXT NOT NULL,
    UNIQUE (committee_id, name)
);

CREATE TABLE office_score_items (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    sheet_id INTEGER NOT NULL REFERENCES office_score_sheets(id),
    name TEXT NOT NULL,
    max_points REAL NOT NULL CHECK (max_points > 0),
    source TEXT NOT NULL CHECK (source IN ('scored', 'plan_on_time', 'tasks_on_time')),
    rule TEXT NOT NULL DEFAULT '',
    sort INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX office_score_items_sheet ON office_score_items(sheet_id, sort);

CREATE TABLE office_assessments (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    sheet_id INTEGER NOT NULL REFERENCES office_score_sheets(id),
    quarter TEXT NOT NULL,
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('body', 'staff')),
    subject_id INTEGER NOT NULL,
    total REAL NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (sheet_id, quarter, subject_kind, subject_id)
);
CREATE INDEX office_assessments_quarter ON office_assessments(committee_id, quarter);

CREATE TABLE office_assessment_scores (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES office_assessments(id),
    item_id INTEGER NOT NULL REFERENCES office_score_items(id),
    points REAL NOT NULL,
    evidence TEXT NOT NULL DEFAULT '',
    UNIQUE (assessment_id, item_id)
);

CREATE TABLE office_annual_results (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    year INTEGER NOT NULL,
    rank INTEGER NOT NULL CHECK (rank >= 1),
    units INTEGER CHECK (units >= rank),
    grade TEXT NOT NULL DEFAULT '',
    commendations TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    UNIQUE (committee_id, year)
);
