-- A meeting can be cancelled (取消) before it is closed: the reason and who cancelled it are kept, the invitees
-- are told in the app, and its duty records are retracted. A cancelled meeting takes no sign-in, leave,
-- attendance or edits; it stays in the list, marked. (status keeps 'scheduled' | 'closed'; cancelled_at set
-- means cancelled.)
ALTER TABLE meetings ADD COLUMN cancelled_at TEXT;
ALTER TABLE meetings ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN cancelled_by BIGINT REFERENCES users(id);
