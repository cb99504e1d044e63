-- Office records edited after entry: scoring sheets (optimistic version; a fourth computed source,
-- attendance at meetings and Party life), village funds and stationed cadres (version; a stay ends with
-- its end date).
ALTER TABLE office_score_sheets ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE office_village_funds ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE office_village_cadres ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- SQLite cannot change a CHECK in place: the items table is rebuilt with its rows and ids kept. The
-- scores that reference the items stay valid (the foreign keys are checked at commit, after the copy).
CREATE TABLE office_score_items_old AS SELECT * FROM office_score_items;
PRAGMA defer_foreign_keys = ON;
DROP TABLE office_score_items;
CREATE TABLE office_score_items (
    id INTEGER PRIMARY KEY,
    committee_id INTEGER NOT NULL REFERENCES committees(id),
    sheet_id INTEGER NOT NULL REFERENCES office_score_sheets(id),
    name TEXT NOT NULL,
    max_points REAL NOT NULL CHECK (max_points > 0),
    source TEXT NOT NULL CHECK (source IN ('scored', 'plan_on_time', 'tasks_on_time', 'attendance')),
    rule TEXT NOT NULL DEFAULT '',
    sort INTEGER NOT NULL DEFAULT 0
);
INSERT INTO office_score_items (id, committee_id, sheet_id, name, max_points, source, rule, sort)
    SELECT id, committee_id, sheet_id, name, max_points, source, rule, sort FROM office_score_items_old;
DROP TABLE office_score_items_old;
CREATE INDEX office_score_items_sheet ON office_score_items(sheet_id, sort);
