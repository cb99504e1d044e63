-- Timed jobs (services/jobs) and village assistance (驻点村帮扶, domains/office/villages).
--
-- One lease row per job: the instance that holds an unexpired lease runs the job; the others skip it. A lease
-- is taken in a write transaction (UPDATE … WHERE the lease is free), so servers sharing one database never
-- run a job twice at once. next_run_at spaces the periodic runs; `zhixie jobs run-once` ignores it.
CREATE TABLE job_leases (
    job TEXT PRIMARY KEY,
    holder TEXT NOT NULL DEFAULT '',   -- host:pid:nonce of the instance running it; '' when free
    expires_at TEXT NOT NULL,          -- the lease lapses then (a crashed holder does not block for ever)
    next_run_at TEXT NOT NULL,
    last_started_at TEXT,
    last_finished_at TEXT,
    last_result TEXT NOT NULL DEFAULT ''
);

-- Villages the committee's cadres are stationed in, with the funds raised for them and their projects.
-- Money is in fen (分), whole numbers, so totals never round.
CREATE TABLE office_villages (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    name TEXT NOT NULL,
    township TEXT NOT NULL,
    county TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (committee_id, township, name)
);

CREATE TABLE office_village_cadres (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    village_id INTEGER NOT NULL REFERENCES office_villages(id),
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    role TEXT NOT NULL,                -- 第一书记, 驻村工作队队长, 队员 …
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL DEFAULT '', -- '' while stationed
    created_at TEXT NOT NULL
);
CREATE INDEX office_village_cadres_village ON office_village_cadres(village_id, start_date);

CREATE TABLE office_village_funds (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    village_id INTEGER NOT NULL REFERENCES office_villages(id),
    source TEXT NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    received_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX office_village_funds_village ON office_village_funds(committee_id, village_id, received_on);

CREATE TABLE office_village_projects (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    village_id INTEGER NOT NULL REFERENCES office_villages(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,                -- industry | infrastructure | livelihood | other
    budget_fen INTEGER NOT NULL DEFAULT 0 CHECK (budget_fen >= 0),
    started_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'completed', 'suspended')),
    note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX office_village_projects_village ON office_village_projects(village_id);

CREATE TABLE office_village_progress (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    project_id INTEGER NOT NULL REFERENCES office_village_projects(id),
    on_date TEXT NOT NULL,
    percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
    note TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX office_village_progress_project ON office_village_progress(project_id, on_date);
