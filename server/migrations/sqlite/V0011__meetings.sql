-- Meetings and activities (会议活动): plenary and standing-committee meetings, special-committee meetings,
-- inspections, research, consultations, the lecture series (讲坛) and Party life (三会一课, 主题党日, 廉政谈话).
-- Invitees are resolved when invited and stored; sign-in, leave and attendance live on the invitee row and
-- become members' duty records (services/duty) in the same transaction.
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    kind TEXT NOT NULL,                  -- plenary standing chair special party_group three_one party_day
                                         -- integrity_talk inspection research lecture consultation other
    party_kind TEXT NOT NULL DEFAULT '', -- 三会一课: branch_general branch_committee group party_class
    party_org_id INTEGER REFERENCES party_orgs(id),
    body_id INTEGER REFERENCES bodies(id),
    title TEXT NOT NULL,
    agenda TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    starts_at TEXT NOT NULL,             -- ISO 8601 UTC
    ends_at TEXT NOT NULL,
    signin_opens_at TEXT NOT NULL,
    signin_closes_at TEXT NOT NULL,
    topic TEXT NOT NULL DEFAULT '',      -- 讲坛: the lecture's topic
    lecturers TEXT NOT NULL DEFAULT '[]',-- 讲坛: JSON [{name, title, organisation}]
    minutes TEXT NOT NULL DEFAULT '',
    invite_rules TEXT NOT NULL DEFAULT '{}', -- JSON: what the invitees were chosen by
    status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'closed')),
    qr_secret TEXT NOT NULL,             -- signs the sign-in QR tokens of this meeting
    version INTEGER NOT NULL DEFAULT 1,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX meetings_time ON meetings (committee_id, starts_at);
CREATE INDEX meetings_party ON meetings (committee_id, party_org_id, starts_at);

CREATE TABLE meeting_invitees (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    member_id INTEGER REFERENCES members(id),
    user_id INTEGER REFERENCES users(id),
    staff_id INTEGER REFERENCES staff(id),   -- Party life: staff members of the organisation
    name TEXT NOT NULL,
    attendance TEXT NOT NULL DEFAULT 'pending' CHECK (attendance IN ('pending', 'present', 'absent')),
    signed_in_at TEXT,
    signed_in_by TEXT NOT NULL DEFAULT '', -- qr | staff
    leave_status TEXT NOT NULL DEFAULT '' CHECK (leave_status IN ('', 'pending', 'approved', 'refused')),
    leave_reason TEXT NOT NULL DEFAULT '',
    leave_requested_at TEXT,
    leave_note TEXT NOT NULL DEFAULT '',
    leave_decided_by INTEGER REFERENCES users(id),
    UNIQUE (meeting_id, member_id),
    UNIQUE (meeting_id, user_id),
    UNIQUE (meeting_id, staff_id)
);
CREATE INDEX meeting_invitees_user ON meeting_invitees (committee_id, user_id);
CREATE INDEX meeting_invitees_member ON meeting_invitees (committee_id, member_id);

CREATE TABLE meeting_speeches (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    member_id INTEGER REFERENCES members(id),
    speaker TEXT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX meeting_speeches_meeting ON meeting_speeches (committee_id, meeting_id);

-- A user's secret calendar (iCalendar) feed address.
CREATE TABLE meeting_calendar_tokens (
    user_id INTEGER PRIMARY KEY REFERENCES users(id),
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    token TEXT NOT NULL UNIQUE
);

-- Donations (捐赠): campaigns and what members gave, in fen (分) so sums are exact.
CREATE TABLE donation_campaigns (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    starts_on TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE donations (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    campaign_id INTEGER NOT NULL REFERENCES donation_campaigns(id),
    member_id INTEGER NOT NULL REFERENCES members(id),
    cash_fen INTEGER NOT NULL DEFAULT 0,
    goods_fen INTEGER NOT NULL DEFAULT 0,
    goods TEXT NOT NULL DEFAULT '',
    donated_on TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX donations_campaign ON donations (committee_id, campaign_id);

-- Practical deeds (办实事): recorded with evidence, confirmed by staff (then a duty record).
CREATE TABLE deeds (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    member_id INTEGER NOT NULL REFERENCES members(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    done_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'rejected')),
    decided_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX deeds_committee ON deeds (committee_id, status, done_on);

-- What each Party organisation must hold (三会一课, 主题党日, 廉政谈话): times per month or per quarter.
CREATE TABLE party_life_requirements (
    code TEXT PRIMARY KEY,        -- the meeting's party_kind, or its kind for party_day / integrity_talk
    name TEXT NOT NULL,
    org_kind TEXT NOT NULL,       -- the party_orgs.kind that must hold it
    period TEXT NOT NULL CHECK (period IN ('month', 'quarter')),
    times INTEGER NOT NULL,
    sort INTEGER NOT NULL
);
INSERT INTO party_life_requirements (code, name, org_kind, period, times, sort) VALUES
    ('branch_committee', '支部委员会', 'branch', 'month', 1, 1),
    ('group', '党小组会', 'cell', 'month', 1, 2),
    ('branch_general', '支部党员大会', 'branch', 'quarter', 1, 3),
    ('party_class', '党课', 'branch', 'quarter', 1, 4),
    ('party_day', '主题党日', 'branch', 'month', 1, 5),
    ('integrity_talk', '廉政谈话', 'branch', 'quarter', 1, 6);
