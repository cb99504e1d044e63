-- Turning results into action (成果转化运用): every report (inspection, research, consultation, supervision,
-- 建言要报, 信息专报) is a case of the conversion_report workflow: 呈报 → 签批 → 交办 → 督办 → 反馈 → 通报 → 考核.
-- Leaders' instructions (批示), the units (or the vice-mayor in charge) it is assigned to, each unit's
-- acknowledgement (承办) and report back (反馈) with its outcomes. The rates are computed from these rows.

CREATE TABLE conversion_reports (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    case_id INTEGER REFERENCES wf_cases(id),
    kind TEXT NOT NULL CHECK (kind IN ('inspection', 'research', 'consultation', 'supervision', 'advice',
                                       'information')),
    title TEXT NOT NULL,
    year INTEGER NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    body_id INTEGER REFERENCES bodies(id),
    submitted_on TEXT NOT NULL,
    source_kind TEXT NOT NULL DEFAULT '',
    source_id INTEGER,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX conversion_reports_year ON conversion_reports(committee_id, year, kind);

CREATE TABLE conversion_instructions (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    report_id INTEGER NOT NULL REFERENCES conversion_reports(id),
    leader_user_id INTEGER REFERENCES users(id),
    leader_name TEXT NOT NULL,
    text TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX conversion_instructions_report ON conversion_instructions(report_id);

-- target 'unit': a handling unit (units); 'vice_mayor': the vice-mayor in charge, named in leader_name.
-- completed is NULL until the report back, then 1 (done) or 0 (not done).
CREATE TABLE conversion_assignments (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    report_id INTEGER NOT NULL REFERENCES conversion_reports(id),
    target TEXT NOT NULL CHECK (target IN ('unit', 'vice_mayor')),
    unit_id INTEGER REFERENCES units(id),
    leader_name TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    assigned_by INTEGER REFERENCES users(id),
    assigned_at TEXT NOT NULL,
    acknowledged_at TEXT,
    acknowledged_by INTEGER REFERENCES users(id),
    reported_at TEXT,
    reported_by INTEGER REFERENCES users(id),
    completed INTEGER CHECK (completed IN (0, 1)),
    feedback TEXT NOT NULL DEFAULT '',
    documents INTEGER NOT NULL DEFAULT 0 CHECK (documents >= 0),
    problems INTEGER NOT NULL DEFAULT 0 CHECK (problems >= 0),
    incidents INTEGER NOT NULL DEFAULT 0 CHECK (incidents >= 0),
    matters INTEGER NOT NULL DEFAULT 0 CHECK (matters >= 0),
    outcome_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX conversion_assignments_report ON conversion_assignments(report_id);
CREATE INDEX conversion_assignments_unit ON conversion_assignments(unit_id);
