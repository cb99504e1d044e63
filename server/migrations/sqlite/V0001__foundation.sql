-- Foundation: committees (tenants), users and roles, sessions, sign-in attempts, the audit chain, workflows.
-- Times are ISO 8601 UTC text; flags are 0/1 integers (the same on PostgreSQL).

CREATE TABLE committees (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES committees(id),
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL CHECK (level IN ('national', 'province', 'city', 'county')),
    region TEXT NOT NULL DEFAULT '',
    settings TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    username TEXT NOT NULL,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 1,
    disabled INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (committee_id, username)
);

CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role_code TEXT NOT NULL,
    PRIMARY KEY (user_id, role_code)
);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    ip TEXT NOT NULL DEFAULT '',
    user_agent TEXT NOT NULL DEFAULT '',
    revoked_at TEXT
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE login_attempts (
    id INTEGER PRIMARY KEY,
    committee_code TEXT NOT NULL,
    username TEXT NOT NULL,
    ip TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    success INTEGER NOT NULL
);
CREATE INDEX login_attempts_key ON login_attempts(committee_code, username, at);

CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_id INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, '');

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER,
    at TEXT NOT NULL,
    actor_user_id INTEGER,
    actor_name TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '{}',
    ip TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_committee ON audit_log(committee_id, id);

CREATE TABLE wf_definitions (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    code TEXT NOT NULL,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    UNIQUE (committee_id, code)
);

CREATE TABLE wf_states (
    id INTEGER PRIMARY KEY,
    definition_id INTEGER NOT NULL REFERENCES wf_definitions(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    is_initial INTEGER NOT NULL DEFAULT 0,
    is_final INTEGER NOT NULL DEFAULT 0,
    deadline_days INTEGER,
    on_enter TEXT NOT NULL DEFAULT '',
    sort INTEGER NOT NULL DEFAULT 0,
    UNIQUE (definition_id, code)
);

CREATE TABLE wf_transitions (
    id INTEGER PRIMARY KEY,
    definition_id INTEGER NOT NULL REFERENCES wf_definitions(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    permission TEXT NOT NULL,
    sort INTEGER NOT NULL DEFAULT 0,
    UNIQUE (definition_id, code, from_state)
);

CREATE TABLE wf_cases (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    definition_id INTEGER NOT NULL REFERENCES wf_definitions(id),
    subject_type TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    state TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    entered_at TEXT NOT NULL,
    due_at TEXT,
    created_at TEXT NOT NULL,
    created_by INTEGER
);
CREATE INDEX wf_cases_subject ON wf_cases(committee_id, subject_type, subject_id);
CREATE INDEX wf_cases_due ON wf_cases(committee_id, due_at);

CREATE TABLE wf_history (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES wf_cases(id),
    committee_id INTEGER NOT NULL,
    transition_code TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    actor_user_id INTEGER,
    actor_name TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX wf_history_case ON wf_history(case_id, id);
