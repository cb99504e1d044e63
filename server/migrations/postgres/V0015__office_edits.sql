-- Office records edited after entry: scoring sheets (optimistic version; a fourth computed source,
-- attendance at meetings and Party life), village funds and stationed cadres (version; a stay ends with
-- its end date).
ALTER TABLE office_score_sheets ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE office_village_funds ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE office_village_cadres ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

ALTER TABLE office_score_items DROP CONSTRAINT office_score_items_source_check;
ALTER TABLE office_score_items ADD CONSTRAINT office_score_items_source_check
    CHECK (source IN ('scored', 'plan_on_time', 'tasks_on_time', 'attendance'));
