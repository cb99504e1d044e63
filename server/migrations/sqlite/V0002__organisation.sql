-- Organisation and people: working bodies and their posts, sectors, township groups, member studios,
-- the Party organisation tree, terms and members, office staff and their careers, handling units,
-- the liaison tree with its contact log, and members' contact-change requests.

CREATE TABLE bodies (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('office', 'special_committee', 'centre', 'other')),
    established_on TEXT NOT NULL DEFAULT '',
    abolished_on TEXT,
    sort INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX bodies_committee ON bodies(committee_id);

CREATE TABLE body_posts (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    body_id INTEGER NOT NULL REFERENCES bodies(id),
    post_kind TEXT NOT NULL CHECK (post_kind IN ('leader', 'staff')),
    title TEXT NOT NULL,
    authorised INTEGER NOT NULL CHECK (authorised >= 0),
    UNIQUE (body_id, title)
);

CREATE TABLE body_events (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    body_id INTEGER NOT NULL REFERENCES bodies(id),
    event TEXT NOT NULL CHECK (event IN ('established', 'renamed', 'merged', 'abolished')),
    on_date TEXT NOT NULL,
    old_name TEXT NOT NULL DEFAULT '',
    new_name TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    related_body_id INTEGER REFERENCES bodies(id)
);
CREATE INDEX body_events_committee ON body_events(committee_id, on_date);

CREATE TABLE sectors (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    name TEXT NOT NULL,
    sort INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (committee_id, name)
);

CREATE TABLE terms (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL DEFAULT '',
    is_current INTEGER NOT NULL DEFAULT 0,
    UNIQUE (committee_id, number)
);

CREATE TABLE township_groups (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    name TEXT NOT NULL,
    township TEXT NOT NULL DEFAULT '',
    convener_member_id INTEGER,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (committee_id, name)
);

CREATE TABLE studios (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    name TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    lead_member_id INTEGER,
    established_on TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (committee_id, name)
);

CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    term_id INTEGER NOT NULL REFERENCES terms(id),
    person_uid TEXT NOT NULL,
    name TEXT NOT NULL,
    name_pinyin TEXT NOT NULL,
    name_initials TEXT NOT NULL,
    gender TEXT NOT NULL CHECK (gender IN ('男', '女')),
    ethnicity TEXT NOT NULL DEFAULT '汉族',
    birth_date TEXT NOT NULL DEFAULT '',
    id_card TEXT,
    political_affiliation TEXT NOT NULL DEFAULT '',
    sector_id INTEGER REFERENCES sectors(id),
    is_standing INTEGER NOT NULL DEFAULT 0,
    cppcc_post TEXT NOT NULL DEFAULT '委员',
    work_unit TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '',
    phone TEXT,
    address TEXT NOT NULL DEFAULT '',
    township_group_id INTEGER REFERENCES township_groups(id),
    studio_id INTEGER REFERENCES studios(id),
    status TEXT NOT NULL DEFAULT '在任' CHECK (status IN ('在任', '辞去', '撤销', '届满')),
    status_date TEXT NOT NULL DEFAULT '',
    user_id INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (committee_id, term_id, id_card),
    UNIQUE (committee_id, term_id, phone)
);
CREATE INDEX members_list ON members(committee_id, term_id, name_pinyin);
CREATE INDEX members_initials ON members(committee_id, name_initials);
CREATE INDEX members_user ON members(user_id);

CREATE TABLE member_bodies (
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    body_id INTEGER NOT NULL REFERENCES bodies(id),
    post TEXT NOT NULL DEFAULT '委员',
    PRIMARY KEY (member_id, body_id)
);

CREATE TABLE contact_change_requests (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    member_id INTEGER NOT NULL REFERENCES members(id),
    changes TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    requested_at TEXT NOT NULL,
    decided_by INTEGER REFERENCES users(id),
    decided_at TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_change_pending ON contact_change_requests(committee_id, status);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    name TEXT NOT NULL,
    name_pinyin TEXT NOT NULL,
    name_initials TEXT NOT NULL,
    gender TEXT NOT NULL CHECK (gender IN ('男', '女')),
    birth_date TEXT NOT NULL DEFAULT '',
    id_card TEXT,
    phone TEXT,
    rank TEXT NOT NULL DEFAULT '',
    post TEXT NOT NULL DEFAULT '',
    body_id INTEGER REFERENCES bodies(id),
    status TEXT NOT NULL DEFAULT '在职' CHECK (status IN ('在职', '退休', '调离')),
    joined_on TEXT NOT NULL DEFAULT '',
    left_on TEXT NOT NULL DEFAULT '',
    user_id INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (committee_id, id_card),
    UNIQUE (committee_id, phone)
);
CREATE INDEX staff_list ON staff(committee_id, name_pinyin);
CREATE INDEX staff_body ON staff(committee_id, body_id);

CREATE TABLE staff_events (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    kind TEXT NOT NULL CHECK (kind IN ('promotion', 'transfer_in', 'transfer_out', 'recommended', 'secondment', 'training')),
    on_date TEXT NOT NULL,
    end_date TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    to_rank TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX staff_events_staff ON staff_events(staff_id, on_date);
CREATE INDEX staff_events_committee ON staff_events(committee_id, kind, on_date);

CREATE TABLE party_orgs (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    parent_id INTEGER REFERENCES party_orgs(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('leading_group', 'organ_group', 'branch', 'cell')),
    body_id INTEGER REFERENCES bodies(id),
    sort INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX party_orgs_committee ON party_orgs(committee_id, parent_id);

CREATE TABLE party_org_members (
    id INTEGER PRIMARY KEY,
    party_org_id INTEGER NOT NULL REFERENCES party_orgs(id),
    person_kind TEXT NOT NULL CHECK (person_kind IN ('staff', 'member')),
    person_id INTEGER NOT NULL,
    role TEXT NOT NULL DEFAULT '成员',
    UNIQUE (party_org_id, person_kind, person_id)
);

CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'department' CHECK (kind IN ('department', 'township', 'other')),
    contact_person TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (committee_id, name)
);

CREATE TABLE user_units (
    user_id INTEGER NOT NULL REFERENCES users(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    PRIMARY KEY (user_id, unit_id)
);

CREATE TABLE public_contacts (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    name TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE liaison_links (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    from_member_id INTEGER NOT NULL REFERENCES members(id),
    to_member_id INTEGER REFERENCES members(id),
    to_contact_id INTEGER REFERENCES public_contacts(id),
    level TEXT NOT NULL CHECK (level IN ('chair_standing', 'standing_member', 'member_public')),
    assigned_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    ended_at TEXT
);
CREATE INDEX liaison_from ON liaison_links(committee_id, from_member_id);

CREATE TABLE contact_logs (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    link_id INTEGER NOT NULL REFERENCES liaison_links(id),
    contact_date TEXT NOT NULL,
    form TEXT NOT NULL,
    people TEXT NOT NULL DEFAULT '',
    issues TEXT NOT NULL DEFAULT '',
    follow_up TEXT NOT NULL DEFAULT '',
    written_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX contact_logs_link ON contact_logs(link_id, contact_date);
